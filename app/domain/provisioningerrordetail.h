#pragma once

#include <QList>
#include <QPair>
#include <QString>

// The errorDetail of a user's serviceProvisioningXmlError, read into its fields. Graph sends XML elements
// without a root element:
//     <ServiceInstance>exchange/namprd01-001-01</ServiceInstance><ObjectGuid>…</ObjectGuid>
//     <ErrorCategory>PermanentError</ErrorCategory><ErrorDescription>The value …</ErrorDescription>
// parse() reads them inside a wrapper element. Text that is not such XML (malformed, plain text, text between
// the elements) is not read: structured is false and only raw is set, to be shown as it is.
struct ProvisioningErrorDetail
{
    QString raw; // the errorDetail as it came
    QString serviceInstance;
    QString objectId; // ObjectGuid
    QString errorCategory;
    QString description;
    QList<QPair<QString, QString>> otherFields; // elements not named above: (element name, text), in order
    bool structured = false;                    // the XML was read into the fields above

    static ProvisioningErrorDetail parse(const QString &errorDetail);
};
