#include "models/CameoNames.h"

#include <iterator>

namespace dyad {

namespace {

const char* const kRootNames[] = {
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Make public statement"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Appeal"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Express intent to cooperate"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Consult"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Engage in diplomatic cooperation"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Engage in material cooperation"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Provide aid"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Yield"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Investigate"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Demand"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Disapprove"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Reject"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Threaten"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Protest"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Exhibit military posture"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Reduce relations"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Coerce"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Assault"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Fight"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Use unconventional mass violence"),
};

const char* const kQuadClassNames[] = {
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Verbal cooperation"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Material cooperation"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Verbal conflict"),
    QT_TRANSLATE_NOOP("dyad::CameoNames", "Material conflict"),
};

} // namespace

QString CameoNames::rootName(int root) {
    if (root < 1 || root > int(std::size(kRootNames)))
        return {};
    return tr(kRootNames[root - 1]);
}

QString CameoNames::quadClassName(int quadClass) {
    if (quadClass < 1 || quadClass > int(std::size(kQuadClassNames)))
        return {};
    return tr(kQuadClassNames[quadClass - 1]);
}

} // namespace dyad
