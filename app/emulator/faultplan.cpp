#include "faultplan.h"

#include <QStringList>

QString FaultPlan::parse(const QString &text)
{
    const QStringList entries = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const QString key = entry.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const double value = entry.section(QLatin1Char('='), 1).trimmed().toDouble(&ok);
        if (!ok || value < 0)
            return QStringLiteral("'%1' needs a number, e.g. 429=0.1").arg(entry.trimmed());
        if (key == QLatin1String("429"))
            throttle = value;
        else if (key == QLatin1String("503"))
            unavailable = value;
        else if (key == QLatin1String("reset"))
            resetBefore = value;
        else if (key == QLatin1String("lost"))
            resetAfter = value;
        else if (key == QLatin1String("malformed"))
            malformed = value;
        else if (key == QLatin1String("slow"))
            slow = value;
        else if (key == QLatin1String("slowms"))
            slowMs = int(value);
        else if (key == QLatin1String("retryafter"))
            retryAfterSeconds = int(value);
        else
            return QStringLiteral(
                       "unknown fault '%1' (429, 503, reset, lost, malformed, slow, slowms, retryafter)")
                .arg(key);
    }
    if (throttle + unavailable + resetBefore + resetAfter + malformed + slow > 1.0)
        return QStringLiteral("the shares add up to more than 1");
    return {};
}

FaultPlan::Fault FaultPlan::draw()
{
    if (!isActive())
        return Fault::None;
    double roll = std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
    const std::pair<double, Fault> shares[] = {
        {throttle, Fault::Throttle},        {unavailable, Fault::Unavailable},
        {resetBefore, Fault::ResetBefore},  {resetAfter, Fault::ResetAfter},
        {malformed, Fault::MalformedReply}, {slow, Fault::Slow}};
    for (const auto &[share, fault] : shares) {
        if (roll < share)
            return fault;
        roll -= share;
    }
    return Fault::None;
}

QString FaultPlan::name(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return {};
    case Fault::Throttle:
        return QStringLiteral("429");
    case Fault::Unavailable:
        return QStringLiteral("503");
    case Fault::ResetBefore:
        return QStringLiteral("reset");
    case Fault::ResetAfter:
        return QStringLiteral("lost");
    case Fault::MalformedReply:
        return QStringLiteral("malformed");
    case Fault::Slow:
        return QStringLiteral("slow");
    }
    return {};
}
