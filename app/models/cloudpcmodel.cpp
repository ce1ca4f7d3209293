#include "cloudpcmodel.h"

#include "enumwords.h"

#include "statusstyle.h"

#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace {
QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

CloudPcModel::CloudPcModel(QObject *parent)
    : KeyedTableModel<CloudPc>(parent)
{}

int CloudPcModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CloudPcModel::displayNameOf(const CloudPc &pc)
{
    return pc.displayName.isEmpty() ? pc.managedDeviceName : pc.displayName;
}

QVariant CloudPcModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CloudPc &pc = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Name:
            return displayNameOf(pc);
        case LastModified:
            return role == SortRole ? QVariant(pc.lastModifiedDateTime)
                                    : QVariant(formatTime(pc.lastModifiedDateTime));
        case GracePeriodEnd:
            return role == SortRole ? QVariant(pc.gracePeriodEndDateTime)
                                    : QVariant(formatTime(pc.gracePeriodEndDateTime));
        default:
            return columnText(pc, index.column());
        }
    case Qt::ToolTipRole:
        if (index.column() == LastAction)
            return lastActionToolTip(pc);
        if (index.column() == Status || index.column() == StatusDetail) {
            QString tip = pc.statusDisplayText();
            if (!pc.statusDetail.message.isEmpty())
                tip += QStringLiteral("\n") + pc.statusDetail.message;
            if (!pc.statusDetail.code.isEmpty())
                tip += QLatin1Char('\n') + tr("Status code: %1").arg(pc.statusDetail.code);
            return tip;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Status)
            return StatusStyle::icon(pc.status);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Status) {
            const QColor color = StatusStyle::color(pc.status);
            if (color.isValid())
                return color;
        }
        if (index.column() == LastAction && pc.lastRemoteActionResult) {
            const CloudPcRemoteActionResult::State state = pc.lastRemoteActionResult->actionState;
            const QColor color = StatusStyle::color(state == CloudPcRemoteActionResult::State::Failed
                                                        ? StatusStyle::Kind::Failed
                                                    : state == CloudPcRemoteActionResult::State::Active ||
                                                            state == CloudPcRemoteActionResult::State::Pending
                                                        ? StatusStyle::Kind::Busy
                                                        : StatusStyle::Kind::Idle);
            if (color.isValid())
                return color;
        }
        break;
    case IdRole:
        return pc.id;
    case JsonRole:
        return pc.toJson();
    case StatusRole:
        return int(pc.status);
    case StatusTextRole:
        return pc.statusText;
    case PolicyIdRole:
        return pc.provisioningPolicyId;
    case FilterTextRole:
        return filterKey(index.row());
    default:
        break;
    }
    return {};
}

QVariant CloudPcModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case User:
        return tr("User");
    case Status:
        return tr("Status");
    case StatusDetail:
        return tr("Status detail");
    case Policy:
        return tr("Provisioning policy");
    case Plan:
        return tr("Plan");
    case Image:
        return tr("Image");
    case Type:
        return tr("Type");
    case LastModified:
        return tr("Last modified");
    case GracePeriodEnd:
        return tr("Grace period ends");
    case LastAction:
        return tr("Last action");
    }
    return {};
}

void CloudPcModel::prepare(CloudPc &pc)
{
    for (QString *text : {&pc.provisioningPolicyId, &pc.provisioningPolicyName, &pc.provisioningType,
                          &pc.servicePlanId, &pc.servicePlanName, &pc.imageDisplayName,
                          &pc.onPremisesConnectionName, &pc.statusText, &pc.statusDetail.code,
                          &pc.statusDetail.message, &pc.osVersion, &pc.userAccountType, &pc.powerState})
        m_pool.intern(*text);
    for (auto &pair : pc.statusDetail.additionalInformation) {
        m_pool.intern(pair.first);
        m_pool.intern(pair.second);
    }
    if (pc.lastRemoteActionResult) {
        CloudPcRemoteActionResult &last = *pc.lastRemoteActionResult;
        for (QString *text :
             {&last.actionName, &last.actionStateText, &last.statusDetail.code, &last.statusDetail.message})
            m_pool.intern(*text);
    }
}

QString CloudPcModel::columnText(const CloudPc &pc, int column)
{
    switch (column) {
    case Name:
        return displayNameOf(pc);
    case User:
        return pc.userPrincipalName;
    case Status:
        return pc.statusDisplayText();
    case StatusDetail:
        return pc.statusDetail.message;
    case Policy:
        return pc.provisioningPolicyName;
    case Plan:
        return pc.servicePlanName;
    case Image:
        return pc.imageDisplayName;
    case Type:
        return EnumWords::text(EnumWords::Kind::ProvisioningType, pc.provisioningType);
    case LastAction:
        return pc.lastRemoteActionResult
                   ? QStringLiteral("%1: %2").arg(pc.lastRemoteActionResult->actionName,
                                                  pc.lastRemoteActionResult->stateDisplayText())
                   : QString();
    default:
        return {};
    }
}

QString CloudPcModel::lastActionToolTip(const CloudPc &pc)
{
    if (!pc.lastRemoteActionResult)
        return {};
    const CloudPcRemoteActionResult &last = *pc.lastRemoteActionResult;
    auto longTime = [](const QDateTime &time) {
        return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
    };
    QStringList lines{columnText(pc, LastAction)};
    if (last.startDateTime.isValid())
        lines << tr("Started: %1").arg(longTime(last.startDateTime));
    if (last.lastUpdatedDateTime.isValid())
        lines << tr("Last updated: %1").arg(longTime(last.lastUpdatedDateTime));
    if (!last.statusDetail.code.isEmpty() || !last.statusDetail.message.isEmpty()) {
        QStringList reason;
        if (!last.statusDetail.code.isEmpty())
            reason << last.statusDetail.code;
        if (!last.statusDetail.message.isEmpty())
            reason << last.statusDetail.message;
        lines << tr("Reason: %1").arg(reason.join(QStringLiteral(": ")));
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray CloudPcModel::makeFilterKey(const CloudPc &pc)
{
    // The status as the Status column shows it, so "failed" or "fehlgeschlagen" finds what the admin sees.
    return (displayNameOf(pc) + QLatin1Char('\n') + pc.userPrincipalName + QLatin1Char('\n') +
            pc.provisioningPolicyName + QLatin1Char('\n') + pc.statusDisplayText())
        .toLower()
        .toUtf8();
}

namespace {
// UTF-8 orders text by code point, QString by UTF-16 code unit: the two differ only in that U+E000..U+FFFF
// (lead bytes 0xEE, 0xEF) come after U+10000 and up (lead bytes 0xF0..0xF4, surrogates in UTF-16). Where
// two valid UTF-8 strings first differ, both bytes are lead bytes or both continuation bytes of characters
// with the same lead byte, so renumbering the lead bytes 0xEE..0xF4 is enough.
int utf16Rank(uchar byte)
{
    if (byte >= 0xF0)
        return byte - 2;
    if (byte >= 0xEE)
        return byte + 5;
    return byte;
}
} // namespace

int CloudPcModel::compareFilterKeys(int left, int right) const
{
    const QByteArrayView a = filterKeyUtf8(left);
    const QByteArrayView b = filterKeyUtf8(right);
    const qsizetype common = std::min(a.size(), b.size());
    const auto *x = reinterpret_cast<const uchar *>(a.data());
    const auto *y = reinterpret_cast<const uchar *>(b.data());
    for (qsizetype i = 0; i < common; ++i) {
        if (x[i] != y[i])
            return utf16Rank(x[i]) - utf16Rank(y[i]);
    }
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

CloudPcModel::KeySpan CloudPcModel::storeKey(const QByteArray &key)
{
    constexpr qsizetype blockSize = 64 * 1024;
    if (m_keyBlocks.empty() || m_keyBlocks.back().capacity() - m_keyBlocks.back().size() < key.size()) {
        m_keyBlocks.emplace_back();
        m_keyBlocks.back().reserve(std::max(blockSize, key.size()));
    }
    for (const char byte : key)
        ++m_keyByteCounts[uchar(byte)];
    QByteArray &block = m_keyBlocks.back();
    const KeySpan span{quint32(m_keyBlocks.size() - 1), quint32(block.size()), quint32(key.size())};
    block.append(key);
    m_keyBytes += key.size();
    return span;
}

void CloudPcModel::rowsAppended(int first)
{
    const ChunkedVector<CloudPc> &rows = items();
    for (int row = first; row < rows.size(); ++row)
        m_keys.push_back(storeKey(makeFilterKey(rows.at(row))));
}

void CloudPcModel::rowUpdated(int row)
{
    const QByteArray key = makeFilterKey(at(row));
    KeySpan &span = m_keys[size_t(row)];
    if (quint32(key.size()) <= span.size) {
        // Fits where the old key was.
        std::copy(key.cbegin(), key.cend(), m_keyBlocks[span.block].begin() + span.offset);
        for (const char byte : key)
            ++m_keyByteCounts[uchar(byte)];
        m_keyWaste += span.size - quint32(key.size());
        span.size = quint32(key.size());
    } else {
        m_keyWaste += span.size;
        span = storeKey(key);
    }
    if (m_keyWaste > 64 * 1024 && m_keyWaste > m_keyBytes / 2)
        compactKeys();
}

void CloudPcModel::compactKeys()
{
    std::vector<QByteArray> blocks;
    blocks.swap(m_keyBlocks);
    m_keyBytes = 0;
    m_keyWaste = 0;
    m_keyByteCounts.fill(0);
    for (KeySpan &span : m_keys) {
        const QByteArray &block = blocks[span.block];
        span = storeKey(QByteArray::fromRawData(block.constData() + span.offset, span.size));
    }
}

void CloudPcModel::cleared()
{
    m_keyBlocks = std::vector<QByteArray>();
    m_keys = std::vector<KeySpan>();
    m_keyByteCounts.fill(0);
    m_keyBytes = 0;
    m_keyWaste = 0;
    m_pool.clear();
}

QList<QPair<QString, int>> CloudPcModel::countByStatus(int count,
                                                       const std::function<const CloudPc &(int)> &at)
{
    QHash<QString, int> byStatus;
    for (int i = 0; i < count; ++i)
        ++byStatus[at(i).statusDisplayText()];
    QList<QPair<QString, int>> counts;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        counts.append({it.key(), it.value()});
    std::sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first.localeAwareCompare(b.first) < 0;
    });
    return counts;
}

QString CloudPcModel::statusBreakdown(const QVector<CloudPc> &pcs)
{
    const QList<QPair<QString, int>> counts =
        countByStatus(int(pcs.size()), [&pcs](int i) -> const CloudPc & { return pcs.at(i); });
    QStringList parts;
    for (const auto &count : counts)
        parts << tr("%1 %2", "a count and a status: 4,480 Provisioned")
                     .arg(QLocale().toString(count.second), count.first);
    return parts.join(QStringLiteral(", "));
}

void CloudPcModel::retranslate()
{
    m_keyBlocks = std::vector<QByteArray>();
    m_keyByteCounts.fill(0);
    m_keyBytes = 0;
    m_keyWaste = 0;
    const ChunkedVector<CloudPc> &rows = items();
    for (int row = 0; row < rows.size(); ++row)
        m_keys[size_t(row)] = storeKey(makeFilterKey(rows.at(row)));
    Retranslation::announce(this, Retranslation::textRoles() << FilterTextRole);
}
