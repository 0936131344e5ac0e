package org.entente.outcome;

import org.entente.model.Seeds;

import java.util.Arrays;

import static org.entente.model.ImplementationParameter.DEMAND_PERSISTENCE;
import static org.entente.model.ImplementationParameter.DEMAND_SD;
import static org.entente.model.ImplementationParameter.DIAMOND_PERSISTENCE;
import static org.entente.model.ImplementationParameter.DIAMOND_SD;
import static org.entente.model.ImplementationParameter.DIAMOND_SHARE;
import static org.entente.model.ImplementationParameter.WOOL_PERSISTENCE;
import static org.entente.model.ImplementationParameter.WOOL_SD;

/**
 * Yearly market shocks: AR(1) log prices of diamonds and of wool and mohair (Lesotho's commodity
 * exports), their price index, and an AR(1) log demand of the partner; all start at 1 (log 0).
 */
final class Markets implements YearlyProcess {
    static final Series PRICE_INDEX = new Series("price_index");
    static final Series DEMAND = new Series("demand");

    private final ImplementationRun run;
    private final double[] priceIndex, demand;
    private final LogAr1 diamond, wool, partnerDemand;
    private double price, factor;

    Markets(ImplementationRun run) {
        this.run = run;
        Calibration c = run.calibration();
        diamond = new LogAr1(c.get(DIAMOND_PERSISTENCE), c.get(DIAMOND_SD));
        wool = new LogAr1(c.get(WOOL_PERSISTENCE), c.get(WOOL_SD));
        partnerDemand = new LogAr1(c.get(DEMAND_PERSISTENCE), c.get(DEMAND_SD));
        priceIndex = run.publish(PRICE_INDEX);
        demand = run.publish(DEMAND);
    }

    /** Three standard normal draws, always taken, in this order: diamonds, wool, demand. */
    @Override
    public void step(int year) {
        double zd = Seeds.gaussian(run.random()), zw = Seeds.gaussian(run.random()), zq = Seeds.gaussian(run.random());
        double share = run.calibration().get(DIAMOND_SHARE);
        price = share * diamond.next(zd) + (1 - share) * wool.next(zw);
        double quantity = partnerDemand.next(zq);
        Arrays.fill(priceIndex, price);
        Arrays.fill(demand, quantity);
        factor = price * quantity;
    }

    /** This year's price index P. */
    double price() {
        return price;
    }

    /** This year's market factor M = P x Q: what a unit of agreed trade is worth to its exporter. */
    double factor() {
        return factor;
    }

    /** A log-AR(1) level from log 0: x' = phi x + sd z, level exp(x - v/2), v' = phi^2 v + sd^2. */
    private static final class LogAr1 {
        private final double phi, sd;
        private double log, variance;

        LogAr1(double phi, double sd) {
            this.phi = phi;
            this.sd = sd;
        }

        double next(double z) {
            log = phi * log + sd * z;
            variance = phi * phi * variance + sd * sd;
            return Math.exp(log - variance / 2);
        }
    }
}
