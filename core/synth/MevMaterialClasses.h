// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "synth/DualEnergyDetector.h"

#include <array>
#include <vector>

namespace pen {

/// The classes a dual-energy MeV cargo scanner tells apart.
enum class MevMaterial {
    Unclassified, ///< too little matter on the ray, or too thin to tell (the high-Z ambiguity below)
    Organic,      ///< food, wood, paper, plastics, drugs, tobacco (Z about 6–8)
    Mixed,        ///< light inorganic: glass, ceramics, aluminium, concrete (Z about 10–14)
    Steel,        ///< iron, steel, copper (Z about 26–29)
    Heavy,        ///< tin, tungsten, lead, uranium (Z above about 45)
    Impenetrable, ///< too few quanta left to tell anything
};

/// Material classes from R = a_low / a_high (a = −ln T) of an interlaced MeV scanner, calibrated
/// through its own DualEnergyDetector on reference blocks of polyethylene, aluminium, iron and lead:
/// each class boundary is the curve halfway (in R) between two neighbouring references at the same
/// a_high. At MeV energies Compton scattering dominates and R differs by only a few per cent
/// between classes, shrinking as beam hardening raises the mean energy.
///
/// The known ambiguity: R is not monotonic in Z for thin objects. Lead's photoelectric absorption
/// of the low-energy end of the bremsstrahlung raises its R above iron's and close to organic
/// matter's until enough matter has hardened the beam (about 25 g/cm² of lead); below that
/// thickness no R separates thin heavy metal from organic goods, so such rays stay Unclassified
/// (orderedFromAttenuation()). Overlap makes it worse: a steel wall in front of organic goods
/// gives the ray a blend of both. docs/physics.md, "MeV cargo scanners", gives the numbers.
/// Immutable, safe to share between threads.
class MevMaterialClasses {
public:
    static constexpr int ReferenceCount = 4;
    /// a_high below which a ray crosses too little matter for its class to matter (air, a tarpaulin).
    static constexpr double EmptyAttenuation = 0.05;
    static const std::array<const char *, ReferenceCount> &references(); ///< polyethylene, aluminium, iron, lead
    /// Fewest quanta a 3 × 3 neighbourhood must have detected in each channel: the noise of R must
    /// stay well below the classes' spacing of a few hundredths.
    static constexpr double MinDetectedQuanta = 2000;
    static constexpr int NeighbourhoodPixels = 9;
    /// The calibration reaches this a_high (T 6 × 10⁻⁶), past any starved limit in use.
    static constexpr double CalibratedMaxAttenuation = 12;

    /// incidentPhotons: detected quanta per pixel and channel in the open beam.
    static MevMaterialClasses calibrate(const DualEnergyDetector &detector, double incidentPhotons);

    /// R of reference i at a_high (clamped to the calibrated range).
    double referenceRatio(int i, double aHigh) const;
    /// a_high from which the references' R are in the order of their Z with a margin, all the way up.
    double orderedFromAttenuation() const { return m_orderedFrom; }
    /// a_high (or a_low) beyond which too few quanta are left.
    double starvedAttenuation() const { return m_starved; }
    /// Detected quanta per pixel and channel in the open beam, as calibrated.
    double incidentPhotons() const { return m_incidentPhotons; }

    MevMaterial classify(double aLow, double aHigh) const;
    /// The same for the mean a_low, a_high of pixelsAveraged independent pixels, where noise may
    /// move R across a boundary: within UncertainSpreads standard deviations of R (from the quanta
    /// behind the matter, and SystematicRatioSpread) of the nearest boundary the ray stays
    /// Unclassified rather than guessed.
    MevMaterial classifyMeasured(double aLow, double aHigh, double pixelsAveraged) const;
    static constexpr double UncertainSpreads = 2;
    /// What the pulses' dose residue and the boards' gain residue (CargoArtefactSettings, a few
    /// tenths of a per cent in each channel) add to R's spread, whatever the quanta.
    static constexpr double SystematicRatioSpread = 0.003;

private:
    std::vector<double> m_aHigh; ///< sample points, increasing
    std::array<std::vector<double>, ReferenceCount> m_ratio;
    double m_orderedFrom = 0;
    double m_starved = 0;
    double m_incidentPhotons = 0;
    /// R of the boundary between class i + Organic and the next, at a_high.
    double boundary(int i, double aHigh) const;
};

} // namespace pen
