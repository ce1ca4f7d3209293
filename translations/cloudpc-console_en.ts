<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActCatalog</name>
    <message numerus="yes">
        <source>Reprovision %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Reprovision %Ln Cloud PC</numerusform>
            <numerusform>Reprovision %Ln Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reprovision %Ln Cloud PC(s)? Each is wiped and rebuilt; everything on it is lost.</source>
        <translation>
            <numerusform>Reprovision %Ln Cloud PC? Each is wiped and rebuilt; everything on it is lost.</numerusform>
            <numerusform>Reprovision %Ln Cloud PCs? Each is wiped and rebuilt; everything on it is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry provisioning for the failed Cloud PCs of %Ln provisioning policy(ies)?</source>
        <translation>
            <numerusform>Retry provisioning for the failed Cloud PCs of %Ln provisioning policy?</numerusform>
            <numerusform>Retry provisioning for the failed Cloud PCs of %Ln provisioning policies?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %Ln Cloud PC(s) of this bulk action?</source>
        <translation>
            <numerusform>Retry %Ln Cloud PC of this bulk action?</numerusform>
            <numerusform>Retry %Ln Cloud PCs of this bulk action?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry service provisioning for %Ln user(s)</source>
        <translation>
            <numerusform>Retry service provisioning for %Ln user</numerusform>
            <numerusform>Retry service provisioning for %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry the Microsoft 365 service provisioning of %Ln user(s)?</source>
        <translation>
            <numerusform>Retry the Microsoft 365 service provisioning of %Ln user?</numerusform>
            <numerusform>Retry the Microsoft 365 service provisioning of %Ln users?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create bulk action &quot;%1&quot; (%Ln Cloud PC(s))</source>
        <translation>
            <numerusform>Create bulk action &quot;%1&quot; (%Ln Cloud PC)</numerusform>
            <numerusform>Create bulk action &quot;%1&quot; (%Ln Cloud PCs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %Ln provisioning policy(ies)</source>
        <translation>
            <numerusform>Retry %Ln provisioning policy</numerusform>
            <numerusform>Retry %Ln provisioning policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry bulk action %1 on %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Retry bulk action %1 on %Ln Cloud PC</numerusform>
            <numerusform>Retry bulk action %1 on %Ln Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Restart %Ln Cloud PC</numerusform>
            <numerusform>Restart %Ln Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Troubleshoot %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Troubleshoot %Ln Cloud PC</numerusform>
            <numerusform>Troubleshoot %Ln Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Troubleshoot %Ln Cloud PC(s)? Each Cloud PC and its session host are checked.</source>
        <translation>
            <numerusform>Troubleshoot %Ln Cloud PC? Each Cloud PC and its session host are checked.</numerusform>
            <numerusform>Troubleshoot %Ln Cloud PCs? Each Cloud PC and its session host are checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End the grace period of %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>End the grace period of %Ln Cloud PC</numerusform>
            <numerusform>End the grace period of %Ln Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the account type on %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Change the account type on %Ln Cloud PC</numerusform>
            <numerusform>Change the account type on %Ln Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the users of %Ln Cloud PC(s) local administrators?</source>
        <translation>
            <numerusform>Make the users of %Ln Cloud PC local administrators?</numerusform>
            <numerusform>Make the users of %Ln Cloud PCs local administrators?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the users of %Ln Cloud PC(s) standard users?</source>
        <translation>
            <numerusform>Make the users of %Ln Cloud PC standard users?</numerusform>
            <numerusform>Make the users of %Ln Cloud PCs standard users?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %Ln Cloud PC(s)? Their users are disconnected and lose what they did not save.</source>
        <translation>
            <numerusform>Restart %Ln Cloud PC? Their users are disconnected and lose what they did not save.</numerusform>
            <numerusform>Restart %Ln Cloud PCs? Their users are disconnected and lose what they did not save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End the grace period of %Ln Cloud PC(s)? They are deprovisioned at once; what is on them is lost.</source>
        <translation>
            <numerusform>End the grace period of %Ln Cloud PC? They are deprovisioned at once; what is on them is lost.</numerusform>
            <numerusform>End the grace period of %Ln Cloud PCs? They are deprovisioned at once; what is on them is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create a bulk action (%1) over %Ln Cloud PC(s)?</source>
        <translation>
            <numerusform>Create a bulk action (%1) over %Ln Cloud PC?</numerusform>
            <numerusform>Create a bulk action (%1) over %Ln Cloud PCs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power on %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Power on %Ln Cloud PC</numerusform>
            <numerusform>Power on %Ln Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power on %Ln Frontline Cloud PC(s)?</source>
        <translation>
            <numerusform>Power on %Ln Frontline Cloud PC?</numerusform>
            <numerusform>Power on %Ln Frontline Cloud PCs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power off %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Power off %Ln Cloud PC</numerusform>
            <numerusform>Power off %Ln Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power off %Ln Frontline Cloud PC(s)? The session of each user ends; what they did not save is lost.</source>
        <translation>
            <numerusform>Power off %Ln Frontline Cloud PC? The session of its user ends; what they did not save is lost.</numerusform>
            <numerusform>Power off %Ln Frontline Cloud PCs? The session of each user ends; what they did not save is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End the review of %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>End the review of %Ln Cloud PC</numerusform>
            <numerusform>End the review of %Ln Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %Ln Cloud PC(s) under review</source>
        <translation>
            <numerusform>Place %Ln Cloud PC under review</numerusform>
            <numerusform>Place %Ln Cloud PCs under review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End the review of %Ln Cloud PC(s)? Their users get their usual access back.</source>
        <translation>
            <numerusform>End the review of %Ln Cloud PC? Its user gets their usual access back.</numerusform>
            <numerusform>End the review of %Ln Cloud PCs? Their users get their usual access back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %Ln Cloud PC(s) under review? A snapshot of each goes to the storage account for investigation.</source>
        <translation>
            <numerusform>Place %Ln Cloud PC under review? A snapshot of it goes to the storage account for investigation.</numerusform>
            <numerusform>Place %Ln Cloud PCs under review? A snapshot of each goes to the storage account for investigation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry the partner agents of %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Retry the partner agents of %Ln Cloud PC</numerusform>
            <numerusform>Retry the partner agents of %Ln Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Install the failed partner agents of %Ln Cloud PC(s) again?</source>
        <translation>
            <numerusform>Install the failed partner agents of %Ln Cloud PC again?</numerusform>
            <numerusform>Install the failed partner agents of %Ln Cloud PCs again?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resize %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Resize %Ln Cloud PC</numerusform>
            <numerusform>Resize %Ln Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resize %Ln Cloud PC(s) to the service plan %1? Each restarts, and its users are disconnected until the resize ends.</source>
        <translation>
            <numerusform>Resize %Ln Cloud PC to the service plan %1? It restarts, and its user is disconnected until the resize ends.</numerusform>
            <numerusform>Resize %Ln Cloud PCs to the service plan %1? Each restarts, and its users are disconnected until the resize ends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create a snapshot of %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Create a snapshot of %Ln Cloud PC</numerusform>
            <numerusform>Create a snapshot of %Ln Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take a restore point of %Ln Cloud PC(s) now? Their users can keep working.</source>
        <translation>
            <numerusform>Take a restore point of %Ln Cloud PC now? Its user can keep working.</numerusform>
            <numerusform>Take a restore point of %Ln Cloud PCs now? Their users can keep working.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run the health checks of %Ln network connection(s)</source>
        <translation>
            <numerusform>Run the health checks of %Ln network connection</numerusform>
            <numerusform>Run the health checks of %Ln network connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run the health checks of %Ln Azure network connection(s) again? Cloud PCs are not changed; the checks take a few minutes.</source>
        <translation>
            <numerusform>Run the health checks of %Ln Azure network connection again? Cloud PCs are not changed; the checks take a few minutes.</numerusform>
            <numerusform>Run the health checks of %Ln Azure network connections again? Cloud PCs are not changed; the checks take a few minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActFollower</name>
    <message numerus="yes">
        <source>%1 of %Ln Cloud PC(s) failed</source>
        <translation>
            <numerusform>%1 of %Ln Cloud PC failed</numerusform>
            <numerusform>%1 of %Ln Cloud PCs failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message numerus="yes">
        <source>%1 — %Ln failed Cloud PC(s)</source>
        <translation>
            <numerusform>%1 — %Ln failed Cloud PC</numerusform>
            <numerusform>%1 — %Ln failed Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provision %Ln failed Cloud PC(s) again? Cloud PCs that did not fail are not touched.</source>
        <translation>
            <numerusform>Provision %Ln failed Cloud PC again? Cloud PCs that did not fail are not touched.</numerusform>
            <numerusform>Provision %Ln failed Cloud PCs again? Cloud PCs that did not fail are not touched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln act(s) of an earlier session have an unknown outcome</source>
        <translation>
            <numerusform>%Ln act of an earlier session has an unknown outcome</numerusform>
            <numerusform>%Ln acts of an earlier session have an unknown outcome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) of your acts are not sent yet.</source>
        <translation>
            <numerusform>%Ln request of your acts is not sent yet.</numerusform>
            <numerusform>%Ln requests of your acts are not sent yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) are waiting for Graph&apos;s answer and %1.</source>
        <translation>
            <numerusform>%Ln request is waiting for Graph&apos;s answer and %1.</numerusform>
            <numerusform>%Ln requests are waiting for Graph&apos;s answer and %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are not sent yet</source>
        <translation>
            <numerusform>%Ln is not sent yet</numerusform>
            <numerusform>%Ln are not sent yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected Cloud PC(s) are left out:</source>
        <translation>
            <numerusform>%Ln selected Cloud PC is left out:</numerusform>
            <numerusform>%Ln selected Cloud PCs are left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provision the failed Cloud PCs of %Ln policy(ies) again? The Cloud PCs are not loaded yet, so how many failed is not known.</source>
        <translation>
            <numerusform>Provision the failed Cloud PCs of %Ln policy again? The Cloud PCs are not loaded yet, so how many failed is not known.</numerusform>
            <numerusform>Provision the failed Cloud PCs of %Ln policies again? The Cloud PCs are not loaded yet, so how many failed is not known.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the Cloud PCs of %Ln policy(ies) has failed in the list loaded; Graph will have nothing to retry unless some failed since. Send the retry anyway?</source>
        <translation>
            <numerusform>None of the Cloud PCs of %Ln policy has failed in the list loaded; Graph will have nothing to retry unless some failed since. Send the retry anyway?</numerusform>
            <numerusform>None of the Cloud PCs of %Ln policies has failed in the list loaded; Graph will have nothing to retry unless some failed since. Send the retry anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry the Microsoft 365 service provisioning of %Ln user(s)? Their user object is provisioned again in the services named below (Exchange, SharePoint, Teams…); their errors disappear from this list once it succeeds.</source>
        <translation>
            <numerusform>Retry the Microsoft 365 service provisioning of %Ln user? Their user object is provisioned again in the services named below (Exchange, SharePoint, Teams…); their errors disappear from this list once it succeeds.</numerusform>
            <numerusform>Retry the Microsoft 365 service provisioning of %Ln users? Their user object is provisioned again in the services named below (Exchange, SharePoint, Teams…); their errors disappear from this list once it succeeds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln act(s) sent in an earlier session never heard back (the console was closed or stopped while they were under way). Graph may or may not have carried them out: check the status of these items before acting on them again.</source>
        <translation>
            <numerusform>%Ln act sent in an earlier session never heard back (the console was closed or stopped while it was under way). Graph may or may not have carried it out: check the status of its items before acting on them again.</numerusform>
            <numerusform>%Ln acts sent in an earlier session never heard back (the console was closed or stopped while they were under way). Graph may or may not have carried them out: check the status of these items before acting on them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Graph accepted %1 for %Ln Cloud PC(s) and then said it failed. Send it again to them, as a new operation with the same options?</source>
        <translation>
            <numerusform>Graph accepted %1 for %Ln Cloud PC and then said it failed. Send it again to it, as a new operation with the same options?</numerusform>
            <numerusform>Graph accepted %1 for %Ln Cloud PCs and then said it failed. Send it again to them, as a new operation with the same options?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <source>%Ln record(s) in %1</source>
        <translation>
            <numerusform>%Ln record in %1</numerusform>
            <numerusform>%Ln records in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln unreadable line(s) skipped</source>
        <translation>
            <numerusform>%1; %Ln unreadable line skipped</numerusform>
            <numerusform>%1; %Ln unreadable lines skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message numerus="yes">
        <source>%Ln Cloud PC(s) ticked</source>
        <translation>
            <numerusform>%Ln Cloud PC ticked</numerusform>
            <numerusform>%Ln Cloud PCs ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActionModel</name>
    <message numerus="yes">
        <source>%Ln succeeded</source>
        <translation>
            <numerusform>%Ln succeeded</numerusform>
            <numerusform>%Ln succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in progress</source>
        <translation>
            <numerusform>%Ln in progress</numerusform>
            <numerusform>%Ln in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln pending</numerusform>
            <numerusform>%Ln pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not supported</source>
        <translation>
            <numerusform>%Ln not supported</numerusform>
            <numerusform>%Ln not supported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActionPage</name>
    <message numerus="yes">
        <source>%Ln bulk action(s)</source>
        <translation>
            <numerusform>%Ln bulk action</numerusform>
            <numerusform>%Ln bulk actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActionRetryDialog</name>
    <message numerus="yes">
        <source>%1 · %Ln Cloud PC(s) · %2 succeeded, %3 failed, %4 in progress</source>
        <translation>
            <numerusform>%1 · %Ln Cloud PC · %2 succeeded, %3 failed, %4 in progress</numerusform>
            <numerusform>%1 · %Ln Cloud PCs · %2 succeeded, %3 failed, %4 in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Cloud PC(s) will be retried.</source>
        <translation>
            <numerusform>%Ln Cloud PC will be retried.</numerusform>
            <numerusform>%Ln Cloud PCs will be retried.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloudPcPage</name>
    <message numerus="yes">
        <source>%Ln Cloud PC(s)</source>
        <translation>
            <numerusform>%Ln Cloud PC</numerusform>
            <numerusform>%Ln Cloud PCs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateBulkActionDialog</name>
    <message numerus="yes">
        <source>Create a bulk action over %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Create a bulk action over %Ln Cloud PC</numerusform>
            <numerusform>Create a bulk action over %Ln Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln Cloud PC(s) – %2</source>
        <translation>
            <numerusform>%1 %Ln Cloud PC – %2</numerusform>
            <numerusform>%1 %Ln Cloud PCs – %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them work today (provisioned or in grace period): they are affected too.</source>
        <translation>
            <numerusform>%Ln of them works today (provisioned or in grace period): it is affected too.</numerusform>
            <numerusform>%Ln of them work today (provisioned or in grace period): they are affected too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityRequest</name>
    <message numerus="yes">
        <source>The sign-in service answered HTTP 200, but its reply was not JSON (%1, %n byte(s)).</source>
        <translation>
            <numerusform>The sign-in service answered HTTP 200, but its reply was not JSON (%1, %n byte).</numerusform>
            <numerusform>The sign-in service answered HTTP 200, but its reply was not JSON (%1, %n bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InteractiveSignIn</name>
    <message numerus="yes">
        <source>No answer came back from the browser within %n minute(s). If the browser tab was closed, sign in again.</source>
        <translation>
            <numerusform>No answer came back from the browser within %n minute. If the browser tab was closed, sign in again.</numerusform>
            <numerusform>No answer came back from the browser within %n minutes. If the browser tab was closed, sign in again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <source>Loading %1… %Ln loaded</source>
        <translation>
            <numerusform>Loading %1… %Ln loaded</numerusform>
            <numerusform>Loading %1… %Ln loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln row(s) selected</source>
        <translation>
            <numerusform>%Ln row selected</numerusform>
            <numerusform>%Ln rows selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln minute(s)</source>
        <translation>
            <numerusform>Every minute</numerusform>
            <numerusform>Every %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln Cloud PC(s) in %1</source>
        <translation>
            <numerusform>Loaded %Ln Cloud PC in %1</numerusform>
            <numerusform>Loaded %Ln Cloud PCs in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message numerus="yes">
        <source>%Ln accepted</source>
        <translation>
            <numerusform>%Ln accepted</numerusform>
            <numerusform>%Ln accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln outcome unknown</source>
        <translation>
            <numerusform>%Ln outcome unknown</numerusform>
            <numerusform>%Ln outcomes unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln cancelled</numerusform>
            <numerusform>%Ln cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln sent</numerusform>
            <numerusform>%Ln sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln queued</source>
        <translation>
            <numerusform>%Ln queued</numerusform>
            <numerusform>%Ln queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln done</numerusform>
            <numerusform>%Ln done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not supported</source>
        <translation>
            <numerusform>%Ln not supported</numerusform>
            <numerusform>%Ln not supported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still running (stopped following)</source>
        <translation>
            <numerusform>%Ln still running (stopped following)</numerusform>
            <numerusform>%Ln still running (stopped following)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation>
            <numerusform>%Ln running</numerusform>
            <numerusform>%Ln running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln not sent</numerusform>
            <numerusform>%Ln not sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%1: %Ln Cloud PC(s), %2 of all</source>
        <translation>
            <numerusform>%1: %Ln Cloud PC, %2 of all</numerusform>
            <numerusform>%1: %Ln Cloud PCs, %2 of all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) with service provisioning errors</source>
        <translation>
            <numerusform>%Ln user with service provisioning errors</numerusform>
            <numerusform>%Ln users with service provisioning errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bulk action(s) failed</source>
        <translation>
            <numerusform>%Ln bulk action failed</numerusform>
            <numerusform>%Ln bulk actions failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reprovision the %Ln failed Cloud PC(s) of this cause</source>
        <translation>
            <numerusform>Reprovision the %Ln failed Cloud PC of this cause</numerusform>
            <numerusform>Reprovision the %Ln failed Cloud PCs of this cause</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvisioningErrorUserPage</name>
    <message numerus="yes">
        <source>%Ln user(s) with provisioning errors</source>
        <translation>
            <numerusform>%Ln user with provisioning errors</numerusform>
            <numerusform>%Ln users with provisioning errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvisioningPolicyModel</name>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvisioningPolicyPage</name>
    <message numerus="yes">
        <source>%Ln provisioning policy(s)</source>
        <translation>
            <numerusform>%Ln provisioning policy</numerusform>
            <numerusform>%Ln provisioning policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %Ln failed Cloud PC(s)</source>
        <translation>
            <numerusform>Show %Ln failed Cloud PC</numerusform>
            <numerusform>Show %Ln failed Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReprovisionDialog</name>
    <message numerus="yes">
        <source>Reprovision %Ln Cloud PCs</source>
        <translation>
            <numerusform>Reprovision %Ln Cloud PC</numerusform>
            <numerusform>Reprovision %Ln Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them work today (provisioned or in grace period): they are wiped too.</source>
        <translation>
            <numerusform>%Ln of them works today (provisioned or in grace period): it is wiped too.</numerusform>
            <numerusform>%Ln of them work today (provisioned or in grace period): they are wiped too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Reprovisioning wipes %Ln Cloud PC(s) and rebuilds them&lt;/b&gt; from the image of their provisioning policy. Everything stored on them is lost, and their users are signed out until it ends (about an hour). It cannot be undone.</source>
        <translation>
            <numerusform>&lt;b&gt;Reprovisioning wipes %Ln Cloud PC and rebuilds it&lt;/b&gt; from the image of its provisioning policy. Everything stored on it is lost, and its user is signed out until it ends (about an hour). It cannot be undone.</numerusform>
            <numerusform>&lt;b&gt;Reprovisioning wipes %Ln Cloud PCs and rebuilds them&lt;/b&gt; from the image of their provisioning policy. Everything stored on them is lost, and their users are signed out until it ends (about an hour). It cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResizeDialog</name>
    <message numerus="yes">
        <source>Resize %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Resize %Ln Cloud PC</numerusform>
            <numerusform>Resize %Ln Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The current plan of %Ln of the selected Cloud PC(s): it cannot be chosen.</source>
        <translation>
            <numerusform>The current plan of %Ln of the selected Cloud PCs: it cannot be chosen.</numerusform>
            <numerusform>The current plan of %Ln of the selected Cloud PCs: it cannot be chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Resizing restarts %Ln Cloud PC(s)&lt;/b&gt; on the chosen plan&apos;s size. Their users are disconnected and lose what they did not save; each is unavailable until its resize ends.</source>
        <translation>
            <numerusform>&lt;b&gt;Resizing restarts %Ln Cloud PC&lt;/b&gt; on the chosen plan&apos;s size. Its user is disconnected and loses what they did not save; it is unavailable until its resize ends.</numerusform>
            <numerusform>&lt;b&gt;Resizing restarts %Ln Cloud PCs&lt;/b&gt; on the chosen plan&apos;s size. Their users are disconnected and lose what they did not save; each is unavailable until its resize ends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Choose the service plan for %Ln Cloud PC(s) (%1 plans, %2):</source>
        <translation>
            <numerusform>&amp;Choose the service plan for %Ln Cloud PC (%1 plans, %2):</numerusform>
            <numerusform>&amp;Choose the service plan for %Ln Cloud PCs (%1 plans, %2):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s) of other types are not offered: a Cloud PC is resized within its plan&apos;s type.</source>
        <translation>
            <numerusform>%Ln plan of another type is not offered: a Cloud PC is resized within its plan&apos;s type.</numerusform>
            <numerusform>%Ln plans of other types are not offered: a Cloud PC is resized within its plan&apos;s type.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln service plan(s) Graph sent could not be read and are not offered.</source>
        <translation>
            <numerusform>%Ln service plan Graph sent could not be read and is not offered.</numerusform>
            <numerusform>%Ln service plans Graph sent could not be read and are not offered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected Cloud PC(s) are left out:</source>
        <translation>
            <numerusform>%Ln selected Cloud PC is left out:</numerusform>
            <numerusform>%Ln selected Cloud PCs are left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Resize %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>&amp;Resize %Ln Cloud PC</numerusform>
            <numerusform>&amp;Resize %Ln Cloud PCs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>%Ln restore point(s), newest first.</source>
        <translation>
            <numerusform>%Ln restore point, newest first.</numerusform>
            <numerusform>%Ln restore points, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewStatusDialog</name>
    <message numerus="yes">
        <source>A Cloud PC under review has a snapshot taken to an Azure storage account for investigation; its user&apos;s access can be restricted meanwhile. %Ln Cloud PC(s):</source>
        <translation>
            <numerusform>A Cloud PC under review has a snapshot taken to an Azure storage account for investigation; its user&apos;s access can be restricted meanwhile. %Ln Cloud PC:</numerusform>
            <numerusform>A Cloud PC under review has a snapshot taken to an Azure storage account for investigation; its user&apos;s access can be restricted meanwhile. %Ln Cloud PCs:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected Cloud PC(s) are left out:</source>
        <translation>
            <numerusform>%Ln selected Cloud PC is left out:</numerusform>
            <numerusform>%Ln selected Cloud PCs are left out:</numerusform>
        </translation>
    </message>
</context>
</TS>
