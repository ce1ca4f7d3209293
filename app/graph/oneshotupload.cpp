#include "oneshotupload.h"

#include <cstring>

OneShotUpload::OneShotUpload(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

bool OneShotUpload::reset()
{
    // Rewinding before anything was read is harmless (QNAM does it before the first send); after, it would
    // mean sending the act again.
    return m_position == 0;
}

qint64 OneShotUpload::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_position);
    if (count <= 0)
        return m_data.isEmpty() || m_position >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_position, size_t(count));
    m_position += count;
    return count;
}
