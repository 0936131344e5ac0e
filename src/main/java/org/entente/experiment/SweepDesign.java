package org.entente.experiment;

import java.util.List;

/** How a sweep turns its axes into design points (docs/config.md). */
public sealed interface SweepDesign permits GridDesign, RandomDesign, LatinHypercubeDesign, SobolDesign {
    List<DesignPoint> points(List<SweepAxis> axes);
}
