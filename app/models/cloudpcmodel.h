#pragma once

#include "cloudpc.h"
#include "keyedtablemodel.h"
#include "stringpool.h"
#include "tableroles.h"

#include <QByteArray>
#include <QByteArrayView>
#include <array>
#include <functional>
#include <vector>

// The Cloud PCs of a tenant as a table. Rows are appended page by page (beginInsertRows, never a reset
// while loading), so views fill while a long list is still arriving. Strings that repeat across Cloud PCs
// (policy, plan, image, type, status) are shared, which keeps a 100,000-row tenant small.
class CloudPcModel : public KeyedTableModel<CloudPc>
{
    Q_OBJECT
public:
    enum Column {
        Name,
        User,
        Status,
        StatusDetail,
        Policy,
        Plan,
        Image,
        Type,
        LastModified,
        GracePeriodEnd,
        LastAction, // beta lastRemoteActionResult: "Reprovision: Failed"
        ColumnCount
    };
    enum Role {
        SortRole = TableRoles::SortRole, // a value that sorts right (dates as dates, status by its text)
        IdRole = TableRoles::IdRole,
        JsonRole = TableRoles::JsonRole,
        StatusRole = TableRoles::FirstCustomRole, // CloudPcStatus as int
        StatusTextRole,                           // the wire value, e.g. "failed"
        PolicyIdRole,
        FilterTextRole, // what the filter box matches: name, user, policy (lower-cased)
    };

    explicit CloudPcModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the whole list (after a completed reload).
    void setCloudPcs(QVector<CloudPc> cloudPcs) { setItems(std::move(cloudPcs)); }
    const ChunkedVector<CloudPc> &cloudPcs() const { return items(); }

    // Name, user and policy of a row, lower-cased and joined with '\n': what the filter box matches against.
    QString filterKey(int row) const { return QString::fromUtf8(filterKeyUtf8(row)); }
    // The same key in UTF-8. Keys are made once, when a row arrives, and kept back to back in blocks of
    // 64 KiB (a QString per row would cost twice the bytes and an allocation each, and one buffer for all
    // would copy megabytes each time it grows).
    QByteArrayView filterKeyUtf8(int row) const
    {
        const KeySpan &span = m_keys[size_t(row)];
        return QByteArrayView(m_keyBlocks[span.block].constData() + span.offset, span.size);
    }
    // How often a byte occurs in the filter keys (so that a search can look for a needle's rarest byte).
    quint64 filterKeyByteCount(uchar byte) const { return m_keyByteCounts[byte]; }
    // Compares the filter keys of two rows in the order QString's operator< gives the keys as text (by
    // UTF-16 code unit): negative, zero or positive. The Name column sorts by this.
    int compareFilterKeys(int left, int right) const;
    // What the text columns (not Name and the dates) show and sort by.
    static QString columnText(const CloudPc &pc, int column);
    // The Last action column's tooltip: the act and its state, started, last updated, reason.
    static QString lastActionToolTip(const CloudPc &pc);
    // The name a row shows (the managed device name when the Cloud PC has no display name).
    static QString displayNameOf(const CloudPc &pc);
    // How many of `count` Cloud PCs (the i-th is at(i)) have each status as displayed, the most frequent
    // first: ("Provisioned", 4480), ("Failed", 519).
    static QList<QPair<QString, int>> countByStatus(int count, const std::function<const CloudPc &(int)> &at);
    // The same as words: "4,480 Provisioned, 519 Failed, 1 In grace period".
    static QString statusBreakdown(const QVector<CloudPc> &pcs);

    // The language changed: the filter keys (which hold the status as displayed, so the filter box finds
    // "Fehlgeschlagen" in German) are made again, then the views hear of it once for every row.
    void retranslate() override;

protected:
    void prepare(CloudPc &pc) override;
    void rowsAppended(int first) override;
    void rowUpdated(int row) override;
    void cleared() override;

private:
    struct KeySpan
    {
        quint32 block;
        quint32 offset;
        quint32 size;
    };
    static QByteArray makeFilterKey(const CloudPc &pc);
    KeySpan storeKey(const QByteArray &key);
    void compactKeys();

    std::vector<QByteArray> m_keyBlocks; // the filter keys, UTF-8, back to back; a block never grows
    std::vector<KeySpan> m_keys;         // per row: where its key is
    qsizetype m_keyBytes = 0;            // bytes in the blocks
    qsizetype m_keyWaste = 0; // of those, bytes no row uses any more (keys replaced by longer ones)
    std::array<quint64, 256> m_keyByteCounts{};
    StringPool m_pool;
};
