package org.entente.outcome;

import org.entente.model.Seeds;

import java.util.SplittableRandom;

/**
 * Yearly market shocks: AR(1) log prices of diamonds and of wool and mohair (Lesotho's commodity
 * exports) and an AR(1) log demand of the partner. All start at 1 (log 0) in year 0.
 */
final class CommodityMarkets {
    private final Calibration c;
    private double logDiamond;
    private double logWool;
    private double logDemand;

    CommodityMarkets(Calibration c) {
        this.c = c;
    }

    /** Advances one year: three standard normal draws, always taken, in this order. */
    void advance(SplittableRandom r) {
        double zd = Seeds.gaussian(r), zw = Seeds.gaussian(r), zq = Seeds.gaussian(r);
        logDiamond = c.diamondPersistence() * logDiamond + c.diamondSd() * zd;
        logWool = c.woolPersistence() * logWool + c.woolSd() * zw;
        logDemand = c.demandPersistence() * logDemand + c.demandSd() * zq;
    }

    /** P_y = s exp(log diamond price) + (1 - s) exp(log wool price). */
    double priceIndex() {
        return c.diamondShare() * Math.exp(logDiamond) + (1 - c.diamondShare()) * Math.exp(logWool);
    }

    /** Q_y = exp(log demand). */
    double demand() {
        return Math.exp(logDemand);
    }
}
