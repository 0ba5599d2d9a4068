#include "app/ExportArguments.h"

#include "core/store/FilterText.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace dyad {

namespace {

const QStringList& options() {
    static const QStringList names{
        QStringLiteral("--view"), QStringLiteral("--mode"),        QStringLiteral("--filter"),
        QStringLiteral("--size"), QStringLiteral("--scale"),       QStringLiteral("--title"),
        QStringLiteral("--page"), QStringLiteral("--orientation"), QStringLiteral("--out")};
    return names;
}

constexpr int kMaxSide = 16384;

} // namespace

bool ExportArguments::isOption(const QString& name) {
    return options().contains(name);
}

QString ExportArguments::apply(const QString& name, const QString& value) {
    if (name == QLatin1String("--title")) {
        title = value;
        titleGiven = true;
        return {};
    }
    if (value.isEmpty())
        return QStringLiteral("option '%1' needs a value").arg(name);
    if (name == QLatin1String("--view")) {
        if (value != QLatin1String("timeline") && value != QLatin1String("matrix") &&
            value != QLatin1String("events"))
            return QStringLiteral("unknown view '%1' (use timeline, matrix or events)").arg(value);
        view = value;
    } else if (name == QLatin1String("--mode")) {
        if (value != QLatin1String("volume") && value != QLatin1String("lanes"))
            return QStringLiteral("unknown mode '%1' (use volume or lanes)").arg(value);
        mode = value;
    } else if (name == QLatin1String("--filter")) {
        const FilterText::ParseResult parsed = FilterText::parse(value.toStdString());
        if (!parsed.filter)
            return QStringLiteral("bad filter '%1': %2")
                .arg(value, QString::fromStdString(parsed.error));
        filter = value;
    } else if (name == QLatin1String("--size")) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX×](\\d{1,5})$"));
        const QRegularExpressionMatch match = pattern.match(value);
        const int width = match.hasMatch() ? match.captured(1).toInt() : 0;
        const int height = match.hasMatch() ? match.captured(2).toInt() : 0;
        if (width < 1 || height < 1 || width > kMaxSide || height > kMaxSide)
            return QStringLiteral("bad size '%1' (use WIDTHxHEIGHT in pixels, e.g. 1600x900, "
                                  "each from 1 to %2)")
                .arg(value)
                .arg(kMaxSide);
        size = QSize(width, height);
    } else if (name == QLatin1String("--scale")) {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || number < 0.25 || number > 8.0)
            return QStringLiteral("bad scale '%1' (use a number from 0.25 to 8, e.g. 2)")
                .arg(value);
        scale = number;
    } else if (name == QLatin1String("--page")) {
        static const QStringList pages{QStringLiteral("A3"), QStringLiteral("A4"),
                                       QStringLiteral("A5"), QStringLiteral("Letter"),
                                       QStringLiteral("Legal")};
        const auto match = std::find_if(pages.begin(), pages.end(), [&](const QString& known) {
            return known.compare(value, Qt::CaseInsensitive) == 0;
        });
        if (match == pages.end())
            return QStringLiteral("unknown page size '%1' (use A3, A4, A5, Letter or Legal)")
                .arg(value);
        page = *match;
    } else if (name == QLatin1String("--orientation")) {
        if (value != QLatin1String("landscape") && value != QLatin1String("portrait"))
            return QStringLiteral("unknown orientation '%1' (use landscape or portrait)")
                .arg(value);
        orientation = value;
    } else if (name == QLatin1String("--out")) {
        out = value;
    } else {
        return QStringLiteral("unknown option '%1'").arg(name);
    }
    return {};
}

QString ExportArguments::check() const {
    if (out.isEmpty())
        return QStringLiteral("'dyad export' needs --out FILE (.png, .svg, .pdf, .csv or .json)");
    const QString suffix = QFileInfo(out).suffix().toLower();
    static const QStringList pictures{QStringLiteral("png"), QStringLiteral("svg"),
                                      QStringLiteral("pdf")};
    static const QStringList tables{QStringLiteral("csv"), QStringLiteral("json")};
    if (!pictures.contains(suffix) && !tables.contains(suffix))
        return QStringLiteral("unknown format of '%1' (the file name must end in .png, .svg, "
                              ".pdf, .csv or .json)")
            .arg(out);
    if (view == QLatin1String("events") && !tables.contains(suffix))
        return QStringLiteral("events are exported as .csv or .json, not as '%1'").arg(out);
    if (view != QLatin1String("events") && !pictures.contains(suffix))
        return QStringLiteral("the %1 is exported as .png, .svg or .pdf, not as '%2'")
            .arg(view, out);
    return {};
}

} // namespace dyad
