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
    private double logDiamond, logWool, logDemand, factor;

    Markets(ImplementationRun run) {
        this.run = run;
        priceIndex = run.publish(PRICE_INDEX);
        demand = run.publish(DEMAND);
    }

    /** Three standard normal draws, always taken, in this order: diamonds, wool, demand. */
    @Override
    public void step(int year) {
        Calibration c = run.calibration();
        double zd = Seeds.gaussian(run.random()), zw = Seeds.gaussian(run.random()), zq = Seeds.gaussian(run.random());
        logDiamond = c.get(DIAMOND_PERSISTENCE) * logDiamond + c.get(DIAMOND_SD) * zd;
        logWool = c.get(WOOL_PERSISTENCE) * logWool + c.get(WOOL_SD) * zw;
        logDemand = c.get(DEMAND_PERSISTENCE) * logDemand + c.get(DEMAND_SD) * zq;
        double share = c.get(DIAMOND_SHARE);
        double price = share * Math.exp(logDiamond) + (1 - share) * Math.exp(logWool);
        double quantity = Math.exp(logDemand);
        Arrays.fill(priceIndex, price);
        Arrays.fill(demand, quantity);
        factor = price * quantity;
    }

    /** This year's market factor M = price index x demand. */
    double factor() {
        return factor;
    }
}
