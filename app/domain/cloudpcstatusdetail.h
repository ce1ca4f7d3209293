#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// statusDetail of a Cloud PC: why it is in its status (mostly set on failures).
struct CloudPcStatusDetail
{
    QString code;
    QString message;
    QList<QPair<QString, QString>> additionalInformation;

    bool isEmpty() const { return code.isEmpty() && message.isEmpty() && additionalInformation.isEmpty(); }
    // {code, message, additionalInformation[{name, value}]}; wrong types read as empty and are described in
    // *problems (context: where it was found, "cloudPC.statusDetail").
    static CloudPcStatusDetail fromJson(const QJsonObject &object, const QString &context,
                                        QStringList *problems = nullptr);
    QJsonObject toJson() const;
    friend bool operator==(const CloudPcStatusDetail &a, const CloudPcStatusDetail &b)
    {
        return a.code == b.code && a.message == b.message &&
               a.additionalInformation == b.additionalInformation;
    }
};
