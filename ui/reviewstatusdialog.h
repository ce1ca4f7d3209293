#pragma once

#include "cloudpc.h"
#include "cloudpcreviewstatus.h"

#include <QDialog>
#include <QVariantMap>
#include <QVector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

// Place Cloud PCs under review or end their review (setReviewStatus): the Cloud PCs concerned, those left out
// and why, the current review status (for one Cloud PC, once read from Graph), the choice between placing
// under review and ending it, the user's access while under review and the storage account. The act's button
// waits for the choice; it is never the default button.
class ReviewStatusDialog : public QDialog
{
    Q_OBJECT
public:
    // targets: the Cloud PCs the act is for; leftOut: why the other selected ones are not.
    ReviewStatusDialog(const QVector<CloudPc> &targets, const QStringList &leftOut,
                       QWidget *parent = nullptr);

    // The current review status of the one Cloud PC, as Graph answered it; preselects the other choice.
    void showCurrentStatus(const CloudPcReviewStatus &status);
    // It could not be read (the act can still be done).
    void showStatusUnavailable(const QString &reason);
    // A target is left out after all (Graph says the act is not supported for it now).
    void leaveOut(const QString &cloudPcId, const QString &reason);

    // The act's values: "review" on/off, and "access", "storage-account" when given.
    QVariantMap values() const;
    QStringList cloudPcIds() const;

    QRadioButton *placeButton() const { return m_place; }
    QRadioButton *endButton() const { return m_end; }
    QComboBox *accessCombo() const { return m_access; }
    QLineEdit *storageEdit() const { return m_storage; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *currentStatusLabel() const { return m_current; }
    QLabel *leftOutLabel() const { return m_leftOut; }
    QListWidget *itemList() const { return m_list; }

private:
    void updateState();

    QVector<CloudPc> m_targets;
    QStringList m_leftOutReasons;
    QListWidget *m_list;
    QLabel *m_leftOut;
    QLabel *m_current;
    QRadioButton *m_place;
    QRadioButton *m_end;
    QComboBox *m_access;
    QLineEdit *m_storage;
    QPushButton *m_apply;
};
