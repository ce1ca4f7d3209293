#pragma once

#include <QByteArray>
#include <QIODevice>

// The body of a request that changes state, readable once. QNetworkAccessManager re-sends a request on its
// own when a kept-alive connection drops before the answer; with this body (and
// DoNotBufferUploadDataAttribute) it cannot rewind, so it reports ContentReSendError instead of performing
// the act a second time. GraphCall turns that into "outcome unknown".
class OneShotUpload : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotUpload(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }
    qint64 size() const override { return m_data.size(); }
    bool reset() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
