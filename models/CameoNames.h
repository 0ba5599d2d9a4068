#pragma once

#include <QCoreApplication>
#include <QString>

namespace dyad {

/// Translated names of the CAMEO roots and QuadClasses, shared by the models, the views and
/// the exports.
class CameoNames {
    Q_DECLARE_TR_FUNCTIONS(dyad::CameoNames)

public:
    /// The name of CAMEO root 1..20 ("Make public statement" ... "Use unconventional mass
    /// violence"); empty for anything else.
    static QString rootName(int root);
    /// The name of QuadClass 1..4 (verbal/material cooperation, verbal/material conflict);
    /// empty for anything else.
    static QString quadClassName(int quadClass);
};

} // namespace dyad
