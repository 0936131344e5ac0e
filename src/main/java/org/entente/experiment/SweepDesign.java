package org.entente.experiment;

import java.util.List;

/** How a sweep turns its axes into design points (docs/config.md). */
public sealed interface SweepDesign permits GridDesign, RandomDesign, LatinHypercubeDesign, SobolDesign,
        SaltelliDesign, MorrisDesign {
    List<DesignPoint> points(List<SweepAxis> axes);
}
