<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Cloud PC Console</source>
        <translation>Über Cloud PC Console</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Anwendungssymbol</translation>
    </message>
    <message>
        <source>Cloud PC Console</source>
        <translation>Cloud PC Console</translation>
    </message>
    <message>
        <source>Manage Windows 365 Cloud PCs through Microsoft Graph.</source>
        <translation>Windows 365-Cloud-PCs über Microsoft Graph verwalten.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Erstellt mit Qt %1, ausgeführt mit Qt %2</translation>
    </message>
    <message>
        <source>Microsoft Graph: %1</source>
        <translation>Microsoft Graph: %1</translation>
    </message>
    <message>
        <source>Licence: see the LICENSE file that comes with Cloud PC Console.</source>
        <translation>Lizenz: siehe die Datei LICENSE, die Cloud PC Console beiliegt.</translation>
    </message>
    <message>
        <source>It uses this third-party software:</source>
        <translation>Verwendete Software von Drittanbietern:</translation>
    </message>
    <message>
        <source>Qt (Core, GUI, Widgets, Network, SVG): GNU LGPL version 3</source>
        <translation>Qt (Core, GUI, Widgets, Network, SVG): GNU LGPL Version 3</translation>
    </message>
    <message>
        <source>Qt Network Authorization and Qt HTTP Server: GNU GPL version 3</source>
        <translation>Qt Network Authorization und Qt HTTP Server: GNU GPL Version 3</translation>
    </message>
    <message>
        <source>QtKeychain: BSD licence (2-clause)</source>
        <translation>QtKeychain: BSD-Lizenz (2 Klauseln)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Cloud PC Console</source>
        <translation>Ü&amp;ber Cloud PC Console</translation>
    </message>
</context>
<context>
    <name>ActCatalog</name>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message numerus="yes">
        <source>Reprovision %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>%Ln Cloud-PC erneut bereitstellen</numerusform>
            <numerusform>%Ln Cloud-PCs erneut bereitstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reprovision %Ln Cloud PC(s)? Each is wiped and rebuilt; everything on it is lost.</source>
        <translation>
            <numerusform>%Ln Cloud-PC erneut bereitstellen? Er wird gelöscht und neu aufgebaut; alles darauf geht verloren.</numerusform>
            <numerusform>%Ln Cloud-PCs erneut bereitstellen? Jeder wird gelöscht und neu aufgebaut; alles darauf geht verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create &amp;bulk action…</source>
        <translation>&amp;Massenaktion erstellen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Retry &amp;policy…</source>
        <translation>&amp;Richtlinie wiederholen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Retry policy %1</source>
        <translation>Richtlinie %1 wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>Retry provisioning for the failed Cloud PCs of %Ln provisioning policy(ies)?</source>
        <translation>
            <numerusform>Die Bereitstellung der fehlgeschlagenen Cloud-PCs von %Ln Bereitstellungsrichtlinie wiederholen?</numerusform>
            <numerusform>Die Bereitstellung der fehlgeschlagenen Cloud-PCs von %Ln Bereitstellungsrichtlinien wiederholen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry every failed Cloud PC of this bulk action?</source>
        <translation>Jeden fehlgeschlagenen Cloud-PC dieser Massenaktion wiederholen?</translation>
    </message>
    <message numerus="yes">
        <source>Retry %Ln Cloud PC(s) of this bulk action?</source>
        <translation>
            <numerusform>%Ln Cloud-PC dieser Massenaktion wiederholen?</numerusform>
            <numerusform>%Ln Cloud-PCs dieser Massenaktion wiederholen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry &amp;user provisioning…</source>
        <translation>&amp;Benutzerbereitstellung wiederholen…</translation>
    </message>
    <message>
        <source>Retry service provisioning for the selected users</source>
        <translation>Die Dienstbereitstellung für die ausgewählten Benutzer wiederholen</translation>
    </message>
    <message>
        <source>Retry service provisioning for %1</source>
        <translation>Dienstbereitstellung für %1 wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>Retry service provisioning for %Ln user(s)</source>
        <translation>
            <numerusform>Dienstbereitstellung für %Ln Benutzer wiederholen</numerusform>
            <numerusform>Dienstbereitstellung für %Ln Benutzer wiederholen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry the Microsoft 365 service provisioning of %Ln user(s)?</source>
        <translation>
            <numerusform>Die Microsoft 365-Dienstbereitstellung von %Ln Benutzer wiederholen?</numerusform>
            <numerusform>Die Microsoft 365-Dienstbereitstellung von %Ln Benutzern wiederholen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;provision…</source>
        <translation>&amp;Erneut bereitstellen…</translation>
    </message>
    <message>
        <source>Wipe and rebuild the selected Cloud PCs</source>
        <translation>Die ausgewählten Cloud-PCs löschen und neu erstellen</translation>
    </message>
    <message>
        <source>Start a bulk action over the selected Cloud PCs</source>
        <translation>Eine Massenaktion für die ausgewählten Cloud-PCs starten</translation>
    </message>
    <message numerus="yes">
        <source>Create bulk action &quot;%1&quot; (%Ln Cloud PC(s))</source>
        <translation>
            <numerusform>Massenaktion „%1“ erstellen (%Ln Cloud-PC)</numerusform>
            <numerusform>Massenaktion „%1“ erstellen (%Ln Cloud-PCs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Provision the failed Cloud PCs of the selected policies again</source>
        <translation>Die fehlgeschlagenen Cloud-PCs der ausgewählten Richtlinien erneut bereitstellen</translation>
    </message>
    <message numerus="yes">
        <source>Retry %Ln provisioning policy(ies)</source>
        <translation>
            <numerusform>%Ln Bereitstellungsrichtlinie wiederholen</numerusform>
            <numerusform>%Ln Bereitstellungsrichtlinien wiederholen</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry bulk &amp;action…</source>
        <translation>M&amp;assenaktion wiederholen…</translation>
    </message>
    <message>
        <source>Run the selected bulk action again on its failed Cloud PCs</source>
        <translation>Die ausgewählte Massenaktion für ihre fehlgeschlagenen Cloud-PCs erneut ausführen</translation>
    </message>
    <message>
        <source>Retry bulk action %1 on every failed Cloud PC</source>
        <translation>Massenaktion %1 für alle fehlgeschlagenen Cloud-PCs wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>Retry bulk action %1 on %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Massenaktion %1 für %Ln Cloud-PC wiederholen</numerusform>
            <numerusform>Massenaktion %1 für %Ln Cloud-PCs wiederholen</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;start…</source>
        <translation>Neu &amp;starten…</translation>
    </message>
    <message>
        <source>Restart the selected Cloud PCs</source>
        <translation>Die ausgewählten Cloud-PCs neu starten</translation>
    </message>
    <message numerus="yes">
        <source>Restart %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>%Ln Cloud-PC neu starten</numerusform>
            <numerusform>%Ln Cloud-PCs neu starten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <translation>&amp;Problembehandlung…</translation>
    </message>
    <message>
        <source>Check the selected Cloud PCs and their session hosts</source>
        <translation>Die ausgewählten Cloud-PCs und ihre Sitzungshosts prüfen</translation>
    </message>
    <message numerus="yes">
        <source>Troubleshoot %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Problembehandlung für %Ln Cloud-PC</numerusform>
            <numerusform>Problembehandlung für %Ln Cloud-PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Troubleshoot %Ln Cloud PC(s)? Each Cloud PC and its session host are checked.</source>
        <translation>
            <numerusform>Problembehandlung für %Ln Cloud-PC? Der Cloud-PC und sein Sitzungshost werden geprüft.</numerusform>
            <numerusform>Problembehandlung für %Ln Cloud-PCs? Jeder Cloud-PC und sein Sitzungshost werden geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>End &amp;grace period…</source>
        <translation>&amp;Karenzzeit beenden…</translation>
    </message>
    <message>
        <source>End the grace period of the selected Cloud PCs: they are deprovisioned</source>
        <translation>Die Karenzzeit der ausgewählten Cloud-PCs beenden: Ihre Bereitstellung wird aufgehoben</translation>
    </message>
    <message numerus="yes">
        <source>End the grace period of %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Karenzzeit von %Ln Cloud-PC beenden</numerusform>
            <numerusform>Karenzzeit von %Ln Cloud-PCs beenden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in its grace period (%2).</source>
        <translation>%1 ist nicht in seiner Karenzzeit (%2).</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Give the selected Cloud PC another display name</source>
        <translation>Dem ausgewählten Cloud-PC einen anderen Anzeigenamen geben</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Rename this Cloud PC to &quot;%1&quot;?</source>
        <translation>Diesen Cloud-PC in „%1“ umbenennen?</translation>
    </message>
    <message>
        <source>Change &amp;account type…</source>
        <translation>&amp;Kontotyp ändern…</translation>
    </message>
    <message>
        <source>Make the users of the selected Cloud PCs standard users or administrators</source>
        <translation>Die Benutzer der ausgewählten Cloud-PCs zu Standardbenutzern oder Administratoren machen</translation>
    </message>
    <message numerus="yes">
        <source>Change the account type on %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Kontotyp auf %Ln Cloud-PC ändern</numerusform>
            <numerusform>Kontotyp auf %Ln Cloud-PCs ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the users of %Ln Cloud PC(s) local administrators?</source>
        <translation>
            <numerusform>Die Benutzer von %Ln Cloud-PC zu lokalen Administratoren machen?</numerusform>
            <numerusform>Die Benutzer von %Ln Cloud-PCs zu lokalen Administratoren machen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the users of %Ln Cloud PC(s) standard users?</source>
        <translation>
            <numerusform>Die Benutzer von %Ln Cloud-PC zu Standardbenutzern machen?</numerusform>
            <numerusform>Die Benutzer von %Ln Cloud-PCs zu Standardbenutzern machen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %Ln Cloud PC(s)? Their users are disconnected and lose what they did not save.</source>
        <translation>
            <numerusform>%Ln Cloud-PC neu starten? Seine Benutzer werden getrennt und verlieren, was sie nicht gespeichert haben.</numerusform>
            <numerusform>%Ln Cloud-PCs neu starten? Ihre Benutzer werden getrennt und verlieren, was sie nicht gespeichert haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End the grace period of %Ln Cloud PC(s)? They are deprovisioned at once; what is on them is lost.</source>
        <translation>
            <numerusform>Die Karenzzeit von %Ln Cloud-PC beenden? Seine Bereitstellung wird sofort aufgehoben; was darauf ist, geht verloren.</numerusform>
            <numerusform>Die Karenzzeit von %Ln Cloud-PCs beenden? Ihre Bereitstellung wird sofort aufgehoben; was darauf ist, geht verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create a bulk action (%1) over %Ln Cloud PC(s)?</source>
        <translation>
            <numerusform>Eine Massenaktion (%1) für %Ln Cloud-PC erstellen?</numerusform>
            <numerusform>Eine Massenaktion (%1) für %Ln Cloud-PCs erstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>%1 is being deprovisioned.</source>
        <translation>%1 wird gerade deprovisioniert.</translation>
    </message>
    <message>
        <source>%1 is not a Frontline Cloud PC: only those are powered on and off.</source>
        <translation>%1 ist kein Frontline-Cloud-PC: nur diese werden ein- und ausgeschaltet.</translation>
    </message>
    <message>
        <source>%1 is not a Frontline Cloud PC (%2): only those are powered on and off.</source>
        <translation>%1 ist kein Frontline-Cloud-PC (%2): nur diese werden ein- und ausgeschaltet.</translation>
    </message>
    <message>
        <source>Po&amp;wer on…</source>
        <translation>Ein&amp;schalten…</translation>
    </message>
    <message>
        <source>Power o&amp;ff…</source>
        <translation>A&amp;usschalten…</translation>
    </message>
    <message>
        <source>Power on the selected Frontline Cloud PCs</source>
        <translation>Die ausgewählten Frontline-Cloud-PCs einschalten</translation>
    </message>
    <message>
        <source>Power off the selected Frontline Cloud PCs: their users&apos; sessions end</source>
        <translation>Die ausgewählten Frontline-Cloud-PCs ausschalten: die Sitzungen ihrer Benutzer enden</translation>
    </message>
    <message numerus="yes">
        <source>Power on %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>%Ln Cloud-PC einschalten</numerusform>
            <numerusform>%Ln Cloud-PCs einschalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power on %Ln Frontline Cloud PC(s)?</source>
        <translation>
            <numerusform>%Ln Frontline-Cloud-PC einschalten?</numerusform>
            <numerusform>%Ln Frontline-Cloud-PCs einschalten?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power off %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>%Ln Cloud-PC ausschalten</numerusform>
            <numerusform>%Ln Cloud-PCs ausschalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power off %Ln Frontline Cloud PC(s)? The session of each user ends; what they did not save is lost.</source>
        <translation>
            <numerusform>%Ln Frontline-Cloud-PC ausschalten? Die Sitzung des Benutzers endet; was nicht gespeichert ist, geht verloren.</numerusform>
            <numerusform>%Ln Frontline-Cloud-PCs ausschalten? Die Sitzung jedes Benutzers endet; was nicht gespeichert ist, geht verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;view status…</source>
        <translation>Über&amp;prüfungsstatus…</translation>
    </message>
    <message>
        <source>Place the selected Cloud PCs under review, or end their review</source>
        <translation>Die ausgewählten Cloud-PCs zur Überprüfung stellen oder ihre Überprüfung beenden</translation>
    </message>
    <message numerus="yes">
        <source>End the review of %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Überprüfung von %Ln Cloud-PC beenden</numerusform>
            <numerusform>Überprüfung von %Ln Cloud-PCs beenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %Ln Cloud PC(s) under review</source>
        <translation>
            <numerusform>%Ln Cloud-PC zur Überprüfung stellen</numerusform>
            <numerusform>%Ln Cloud-PCs zur Überprüfung stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End the review of %Ln Cloud PC(s)? Their users get their usual access back.</source>
        <translation>
            <numerusform>Überprüfung von %Ln Cloud-PC beenden? Der Benutzer erhält seinen gewohnten Zugriff zurück.</numerusform>
            <numerusform>Überprüfung von %Ln Cloud-PCs beenden? Ihre Benutzer erhalten ihren gewohnten Zugriff zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %Ln Cloud PC(s) under review? A snapshot of each goes to the storage account for investigation.</source>
        <translation>
            <numerusform>%Ln Cloud-PC zur Überprüfung stellen? Eine Momentaufnahme wird zur Untersuchung im Speicherkonto abgelegt.</numerusform>
            <numerusform>%Ln Cloud-PCs zur Überprüfung stellen? Von jedem wird eine Momentaufnahme zur Untersuchung im Speicherkonto abgelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry partner ag&amp;ents…</source>
        <translation>Partner-Agent&amp;en erneut installieren…</translation>
    </message>
    <message>
        <source>Install the partner agents that failed on the selected Cloud PCs again</source>
        <translation>Die fehlgeschlagenen Partner-Agenten auf den ausgewählten Cloud-PCs erneut installieren</translation>
    </message>
    <message numerus="yes">
        <source>Retry the partner agents of %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Partner-Agenten von %Ln Cloud-PC erneut installieren</numerusform>
            <numerusform>Partner-Agenten von %Ln Cloud-PCs erneut installieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Install the failed partner agents of %Ln Cloud PC(s) again?</source>
        <translation>
            <numerusform>Die fehlgeschlagenen Partner-Agenten von %Ln Cloud-PC erneut installieren?</numerusform>
            <numerusform>Die fehlgeschlagenen Partner-Agenten von %Ln Cloud-PCs erneut installieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no failed partner agent install.</source>
        <translation>Auf %1 ist keine Partner-Agent-Installation fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 is not provisioned (%2): only a provisioned Cloud PC can be resized.</source>
        <translation>%1 ist nicht bereitgestellt (%2): Nur ein bereitgestellter Cloud-PC kann in der Größe geändert werden.</translation>
    </message>
    <message>
        <source>Resi&amp;ze…</source>
        <translation>&amp;Größe ändern…</translation>
    </message>
    <message>
        <source>Move the selected Cloud PCs to another service plan of their type</source>
        <translation>Die ausgewählten Cloud-PCs auf einen anderen Serviceplan ihres Typs umstellen</translation>
    </message>
    <message numerus="yes">
        <source>Resize %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Größe von %Ln Cloud-PC ändern</numerusform>
            <numerusform>Größe von %Ln Cloud-PCs ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resize %Ln Cloud PC(s) to the service plan %1? Each restarts, and its users are disconnected until the resize ends.</source>
        <translation>
            <numerusform>%Ln Cloud-PC auf den Serviceplan %1 umstellen? Er startet neu, und seine Benutzer sind getrennt, bis die Größenänderung abgeschlossen ist.</numerusform>
            <numerusform>%Ln Cloud-PCs auf den Serviceplan %1 umstellen? Jeder startet neu, und seine Benutzer sind getrennt, bis die Größenänderung abgeschlossen ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2: it has no restore point to act on now.</source>
        <translation>%1 ist %2: Es gibt jetzt keinen Wiederherstellungspunkt, mit dem gearbeitet werden kann.</translation>
    </message>
    <message>
        <source>Rest&amp;ore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Return the selected Cloud PC to one of its restore points</source>
        <translation>Den ausgewählten Cloud-PC auf einen seiner Wiederherstellungspunkte zurücksetzen</translation>
    </message>
    <message>
        <source>Restore %1 to restore point %2</source>
        <translation>%1 auf Wiederherstellungspunkt %2 zurücksetzen</translation>
    </message>
    <message>
        <source>Restore this Cloud PC to restore point %1? It returns to the state it was in at that moment: everything done on it since (files, apps, settings) is lost, and its user is disconnected while it is restored.</source>
        <translation>Diesen Cloud-PC auf Wiederherstellungspunkt %1 zurücksetzen? Er kehrt in den Zustand zu diesem Zeitpunkt zurück: Alles, was seitdem auf ihm getan wurde (Dateien, Apps, Einstellungen), geht verloren, und sein Benutzer wird während der Wiederherstellung getrennt.</translation>
    </message>
    <message>
        <source>&amp;Create snapshot…</source>
        <translation>&amp;Momentaufnahme erstellen…</translation>
    </message>
    <message>
        <source>Take a restore point of the selected Cloud PCs now</source>
        <translation>Jetzt einen Wiederherstellungspunkt der ausgewählten Cloud-PCs erstellen</translation>
    </message>
    <message>
        <source>Create a snapshot of %1</source>
        <translation>Momentaufnahme von %1 erstellen</translation>
    </message>
    <message numerus="yes">
        <source>Create a snapshot of %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Momentaufnahme von %Ln Cloud-PC erstellen</numerusform>
            <numerusform>Momentaufnahme von %Ln Cloud-PCs erstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take a restore point of %Ln Cloud PC(s) now? Their users can keep working.</source>
        <translation>
            <numerusform>Jetzt einen Wiederherstellungspunkt von %Ln Cloud-PC erstellen? Sein Benutzer kann weiterarbeiten.</numerusform>
            <numerusform>Jetzt einen Wiederherstellungspunkt von %Ln Cloud-PCs erstellen? Ihre Benutzer können weiterarbeiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &amp;health checks</source>
        <translation>&amp;Integritätsprüfungen ausführen</translation>
    </message>
    <message>
        <source>Run the health checks of the selected Azure network connections again</source>
        <translation>Die Integritätsprüfungen der ausgewählten Azure-Netzwerkverbindungen erneut ausführen</translation>
    </message>
    <message>
        <source>Run the health checks of %1</source>
        <translation>Integritätsprüfungen von %1 ausführen</translation>
    </message>
    <message numerus="yes">
        <source>Run the health checks of %Ln network connection(s)</source>
        <translation>
            <numerusform>Integritätsprüfungen von %Ln Netzwerkverbindung ausführen</numerusform>
            <numerusform>Integritätsprüfungen von %Ln Netzwerkverbindungen ausführen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run the health checks of %Ln Azure network connection(s) again? Cloud PCs are not changed; the checks take a few minutes.</source>
        <translation>
            <numerusform>Die Integritätsprüfungen von %Ln Azure-Netzwerkverbindung erneut ausführen? Cloud-PCs werden nicht verändert; die Prüfungen dauern einige Minuten.</numerusform>
            <numerusform>Die Integritätsprüfungen von %Ln Azure-Netzwerkverbindungen erneut ausführen? Cloud-PCs werden nicht verändert; die Prüfungen dauern einige Minuten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActFollower</name>
    <message>
        <source>The service reports the act failed, without a reason.</source>
        <translation>Der Dienst meldet die Aktion als fehlgeschlagen, ohne Grund.</translation>
    </message>
    <message>
        <source>The Cloud PC ended failed.</source>
        <translation>Der Cloud-PC endete im Status „Fehlgeschlagen“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln Cloud PC(s) failed</source>
        <translation>
            <numerusform>%1 von %Ln Cloud-PC fehlgeschlagen</numerusform>
            <numerusform>%1 von %Ln Cloud-PCs fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (followed again after a restart)</source>
        <translation>%1 (nach einem Neustart weiter verfolgt)</translation>
    </message>
    <message>
        <source>It no longer exists on the service.</source>
        <translation>Es existiert im Dienst nicht mehr.</translation>
    </message>
    <message>
        <source>Still running after %1 min; no longer followed.</source>
        <translation>Läuft nach %1 min noch; wird nicht mehr verfolgt.</translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>Ak&amp;tionen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>&amp;Operations panel</source>
        <translation>&amp;Vorgangsbereich</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>Über&amp;wachungsprotokoll…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Every act sent from this computer, with its outcome</source>
        <translation>Jede von diesem Computer gesendete Aktion mit ihrem Ergebnis</translation>
    </message>
    <message>
        <source>The same act is already under way for every item.</source>
        <translation>Dieselbe Aktion läuft bereits für alle Elemente.</translation>
    </message>
    <message>
        <source>The audit log cannot be written: %1</source>
        <translation>Das Überwachungsprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Nichts wurde gesendet</translation>
    </message>
    <message>
        <source>%1 was not sent. %2</source>
        <translation>%1 wurde nicht gesendet. %2</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1: wird gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln failed Cloud PC(s)</source>
        <translation>
            <numerusform>%1 – %Ln fehlgeschlagener Cloud-PC</numerusform>
            <numerusform>%1 – %Ln fehlgeschlagene Cloud-PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provision %Ln failed Cloud PC(s) again? Cloud PCs that did not fail are not touched.</source>
        <translation>
            <numerusform>%Ln fehlgeschlagenen Cloud-PC erneut bereitstellen? Cloud-PCs, die nicht fehlgeschlagen sind, bleiben unverändert.</numerusform>
            <numerusform>%Ln fehlgeschlagene Cloud-PCs erneut bereitstellen? Cloud-PCs, die nicht fehlgeschlagen sind, bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry provisioning policy</source>
        <translation>Bereitstellungsrichtlinie wiederholen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Retry service provisioning</source>
        <translation>Dienstbereitstellung wiederholen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cloud PC Console</source>
        <translation>Cloud PC Console</translation>
    </message>
    <message>
        <source>%1 · %2 on %3</source>
        <translation>%1 · %2 für %3</translation>
    </message>
    <message>
        <source>Acts with an unknown outcome</source>
        <translation>Aktionen mit unbekanntem Ergebnis</translation>
    </message>
    <message>
        <source>Show &amp;audit log</source>
        <translation>Überwachungsprotokoll &amp;anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln act(s) of an earlier session have an unknown outcome</source>
        <translation>
            <numerusform>%Ln Aktion einer früheren Sitzung hat ein unbekanntes Ergebnis</numerusform>
            <numerusform>%Ln Aktionen einer früheren Sitzung haben ein unbekanntes Ergebnis</numerusform>
        </translation>
    </message>
    <message>
        <source>Acts under way</source>
        <translation>Laufende Aktionen</translation>
    </message>
    <message>
        <source>If you close now, what is not sent is cancelled, and what was sent is recorded as outcome unknown, to check on the next start.</source>
        <translation>Wenn Sie jetzt schließen, wird Ungesendetes abgebrochen, und Gesendetes wird mit unbekanntem Ergebnis protokolliert, um es beim nächsten Start zu prüfen.</translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation>&amp;Trotzdem schließen</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>&amp;Geöffnet lassen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) of your acts are not sent yet.</source>
        <translation>
            <numerusform>%Ln Anfrage Ihrer Aktionen ist noch nicht gesendet.</numerusform>
            <numerusform>%Ln Anfragen Ihrer Aktionen sind noch nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you change the account now, they are cancelled, so that nothing goes out under another account; what was already sent keeps its outcome in the operations panel.</source>
        <translation>Wenn Sie jetzt das Konto wechseln, werden sie abgebrochen, damit nichts unter einem anderen Konto gesendet wird; bereits Gesendetes behält sein Ergebnis im Vorgangsbereich.</translation>
    </message>
    <message>
        <source>Cancel them and &amp;continue</source>
        <translation>Abbrechen und &amp;fortfahren</translation>
    </message>
    <message>
        <source>&amp;Stay signed in</source>
        <translation>Angemeldet &amp;bleiben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) are waiting for Graph&apos;s answer and %1.</source>
        <translation>
            <numerusform>%Ln Anforderung wartet auf die Antwort von Graph, und %1.</numerusform>
            <numerusform>%Ln Anforderungen warten auf die Antwort von Graph, und %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are not sent yet</source>
        <translation>
            <numerusform>%Ln ist noch nicht gesendet</numerusform>
            <numerusform>%Ln sind noch nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the Cloud PCs of the selected policies has failed: there is nothing to retry.</source>
        <translation>Keiner der Cloud-PCs der ausgewählten Richtlinien ist fehlgeschlagen: Es gibt nichts zu wiederholen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected Cloud PC(s) are left out:</source>
        <translation>
            <numerusform>%Ln ausgewählter Cloud-PC bleibt außen vor:</numerusform>
            <numerusform>%Ln ausgewählte Cloud-PCs bleiben außen vor:</numerusform>
        </translation>
    </message>
    <message>
        <source>Standard user</source>
        <translation>Standardbenutzer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>User account type</source>
        <translation>Benutzerkontotyp</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message numerus="yes">
        <source>Provision the failed Cloud PCs of %Ln policy(ies) again? The Cloud PCs are not loaded yet, so how many failed is not known.</source>
        <translation>
            <numerusform>Die fehlgeschlagenen Cloud-PCs von %Ln Richtlinie erneut bereitstellen? Die Cloud-PCs sind noch nicht geladen, daher ist nicht bekannt, wie viele fehlgeschlagen sind.</numerusform>
            <numerusform>Die fehlgeschlagenen Cloud-PCs von %Ln Richtlinien erneut bereitstellen? Die Cloud-PCs sind noch nicht geladen, daher ist nicht bekannt, wie viele fehlgeschlagen sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the Cloud PCs of %Ln policy(ies) has failed in the list loaded; Graph will have nothing to retry unless some failed since. Send the retry anyway?</source>
        <translation>
            <numerusform>Laut der geladenen Liste ist keiner der Cloud-PCs von %Ln Richtlinie fehlgeschlagen; Graph hat nichts zu wiederholen, sofern nicht inzwischen welche fehlgeschlagen sind. Die Wiederholung trotzdem senden?</numerusform>
            <numerusform>Laut der geladenen Liste ist keiner der Cloud-PCs von %Ln Richtlinien fehlgeschlagen; Graph hat nichts zu wiederholen, sofern nicht inzwischen welche fehlgeschlagen sind. Die Wiederholung trotzdem senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry the Microsoft 365 service provisioning of %Ln user(s)? Their user object is provisioned again in the services named below (Exchange, SharePoint, Teams…); their errors disappear from this list once it succeeds.</source>
        <translation>
            <numerusform>Die Microsoft 365-Dienstbereitstellung von %Ln Benutzer wiederholen? Das Benutzerobjekt wird in den unten genannten Diensten (Exchange, SharePoint, Teams…) erneut bereitgestellt; die Fehler verschwinden aus dieser Liste, sobald das gelingt.</numerusform>
            <numerusform>Die Microsoft 365-Dienstbereitstellung von %Ln Benutzern wiederholen? Ihr Benutzerobjekt wird in den unten genannten Diensten (Exchange, SharePoint, Teams…) erneut bereitgestellt; die Fehler verschwinden aus dieser Liste, sobald das gelingt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln act(s) sent in an earlier session never heard back (the console was closed or stopped while they were under way). Graph may or may not have carried them out: check the status of these items before acting on them again.</source>
        <translation>
            <numerusform>Auf %Ln in einer früheren Sitzung gesendete Aktion kam nie eine Antwort (die Konsole wurde geschlossen oder beendet, während sie lief). Graph hat sie möglicherweise ausgeführt oder auch nicht: Prüfen Sie den Status dieser Elemente, bevor Sie erneut darauf einwirken.</numerusform>
            <numerusform>Auf %Ln in einer früheren Sitzung gesendete Aktionen kam nie eine Antwort (die Konsole wurde geschlossen oder beendet, während sie liefen). Graph hat sie möglicherweise ausgeführt oder auch nicht: Prüfen Sie den Status dieser Elemente, bevor Sie erneut darauf einwirken.</numerusform>
        </translation>
    </message>
    <message>
        <source>More acts</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>The other acts on the selection (also in the Actions menu and the context menu)</source>
        <translation>Die übrigen Aktionen für die Auswahl (auch im Menü „Aktionen“ und im Kontextmenü)</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>Storage account (resource id, optional)</source>
        <translation>Speicherkonto (Ressourcen-ID, optional)</translation>
    </message>
    <message>
        <source>Access tier</source>
        <translation>Zugriffsebene</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Heiß</translation>
    </message>
    <message>
        <source>Cool</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Sehr kalt</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Graph does not offer &quot;%1&quot; for %2 now.</source>
        <translation>Graph bietet „%1“ für %2 derzeit nicht an.</translation>
    </message>
    <message>
        <source>Followed to its end: %1</source>
        <translation>Bis zum Ende verfolgt: %1</translation>
    </message>
    <message>
        <source>%1: followed again from the last session</source>
        <translation>%1: aus der letzten Sitzung weiter verfolgt</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>%1 was sent in an earlier session with options that are not known now; do it again from the Cloud PCs tab for: %2</source>
        <translation>%1 wurde in einer früheren Sitzung mit Optionen gesendet, die jetzt nicht bekannt sind; führen Sie es über die Registerkarte „Cloud-PCs“ erneut aus für: %2</translation>
    </message>
    <message numerus="yes">
        <source>Graph accepted %1 for %Ln Cloud PC(s) and then said it failed. Send it again to them, as a new operation with the same options?</source>
        <translation>
            <numerusform>Graph hat %1 für %Ln Cloud-PC angenommen und danach als fehlgeschlagen gemeldet. Erneut an ihn senden, als neuen Vorgang mit denselben Optionen?</numerusform>
            <numerusform>Graph hat %1 für %Ln Cloud-PCs angenommen und danach als fehlgeschlagen gemeldet. Erneut an sie senden, als neuen Vorgang mit denselben Optionen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Like the first time, what is on them is lost.</source>
        <translation>Wie beim ersten Mal geht verloren, was sich darauf befindet.</translation>
    </message>
    <message>
        <source>Left out (sent in an earlier session with options that are not known now): %1</source>
        <translation>Ausgelassen (in einer früheren Sitzung mit jetzt nicht bekannten Optionen gesendet): %1</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Type the number of Cloud PCs to confirm</source>
        <translation>Anzahl der Cloud-PCs zur Bestätigung eingeben</translation>
    </message>
    <message>
        <source>To confirm, type the number of Cloud PCs (%1):</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Cloud-PCs ein (%1):</translation>
    </message>
    <message>
        <source>%1 (sent again after it failed)</source>
        <translation>%1 (nach Fehlschlag erneut gesendet)</translation>
    </message>
    <message>
        <source>Audit log not on the disk</source>
        <translation>Überwachungsprotokoll nicht auf dem Datenträger</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation>Das Überwachungsprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The console stopped after this request was sent and before its answer arrived; refresh to see whether the service acted on it.</source>
        <translation>Die Konsole wurde beendet, nachdem diese Anforderung gesendet wurde und bevor ihre Antwort eintraf; aktualisieren Sie, um zu sehen, ob der Dienst sie ausgeführt hat.</translation>
    </message>
    <message>
        <source>The audit log could not be forced to the disk (%1): its latest records are in the file but may be lost if this computer stops now. Acts go on; check the disk.</source>
        <translation>Das Überwachungsprotokoll konnte nicht auf den Datenträger geschrieben werden (%1): Die neuesten Einträge stehen in der Datei, können aber verloren gehen, wenn dieser Computer jetzt ausfällt. Aktionen laufen weiter; prüfen Sie den Datenträger.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Überwachungsprotokoll</translation>
    </message>
    <message>
        <source>Filter by operation, target, result, request ID…</source>
        <translation>Nach Vorgang, Ziel, Ergebnis, Anforderungs-ID filtern…</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Überwachungsprotokoll filtern</translation>
    </message>
    <message>
        <source>Audit log records</source>
        <translation>Einträge des Überwachungsprotokolls</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in %1</source>
        <translation>
            <numerusform>%Ln Eintrag in %1</numerusform>
            <numerusform>%Ln Einträge in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>die Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Überwachungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln unreadable line(s) skipped</source>
        <translation>
            <numerusform>%1; %Ln unlesbare Zeile übersprungen</numerusform>
            <numerusform>%1; %Ln unlesbare Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a record (or press Enter) to see all of it</source>
        <translation>Doppelklicken Sie auf einen Eintrag (oder drücken Sie die Eingabetaste), um ihn ganz zu sehen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anforderungs-ID</translation>
    </message>
    <message>
        <source>Client request ID</source>
        <translation>Clientanforderungs-ID</translation>
    </message>
    <message>
        <source>Operation ID</source>
        <translation>Vorgangs-ID</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anforderungstext</translation>
    </message>
    <message>
        <source>Audit log record</source>
        <translation>Überwachungsprotokolleintrag</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the record as text, for a support case</source>
        <translation>Den Eintrag als Text kopieren, für einen Supportfall</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anforderungs-ID</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>OS: %1</source>
        <translation>Betriebssystem: %1</translation>
    </message>
    <message>
        <source>User account type: %1</source>
        <translation>Benutzerkontotyp: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Cloud PC(s) ticked</source>
        <translation>
            <numerusform>%Ln Cloud-PC ausgewählt</numerusform>
            <numerusform>%Ln Cloud-PCs ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Canceled by the service</source>
        <translation>Vom Dienst abgebrochen</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Still running (stopped following)</source>
        <translation>Läuft noch (nicht mehr verfolgt)</translation>
    </message>
    <message>
        <source>%1 (unknown value)</source>
        <translation>%1 (unbekannter Wert)</translation>
    </message>
</context>
<context>
    <name>AuthConfig</name>
    <message>
        <source>&apos;%1&apos; is not a tenant: use a tenant id, a verified domain or &apos;organizations&apos;.</source>
        <translation>„%1“ ist kein Mandant: Verwenden Sie eine Mandanten-ID, eine verifizierte Domäne oder „organizations“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an application (client) id.</source>
        <translation>„%1“ ist keine Anwendungs-ID (Client-ID).</translation>
    </message>
    <message>
        <source>No sign-in authority is known for this cloud.</source>
        <translation>Für diese Cloud ist keine Anmeldeautorität bekannt.</translation>
    </message>
</context>
<context>
    <name>AuthSession</name>
    <message>
        <source>No saved sign-in for %1: sign in again.</source>
        <translation>Keine gespeicherte Anmeldung für %1: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The saved sign-in for %1 has expired: sign in again.</source>
        <translation>Die gespeicherte Anmeldung für %1 ist abgelaufen: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Sign in again: %1</source>
        <translation>Melden Sie sich erneut an: %1</translation>
    </message>
    <message>
        <source>The sign-in service sent no usable id token (tenant and user are unknown).</source>
        <translation>Der Anmeldedienst hat kein verwendbares ID-Token gesendet (Mandant und Benutzer sind unbekannt).</translation>
    </message>
    <message>
        <source>Not signed in: sign in to continue.</source>
        <translation>Nicht angemeldet: Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <source>The saved sign-in of %1 is from %2 (client %3), not from %4 (client %5): sign in there.</source>
        <translation>Die gespeicherte Anmeldung von %1 stammt von %2 (Client %3), nicht von %4 (Client %5): Melden Sie sich dort an.</translation>
    </message>
    <message>
        <source>The sign-in of %1 was issued by %2, not by %3: sign in again.</source>
        <translation>Die Anmeldung von %1 wurde von %2 ausgestellt, nicht von %3: Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>BatchJob</name>
    <message>
        <source>No Graph client to send it.</source>
        <translation>Kein Graph-Client zum Senden vorhanden.</translation>
    </message>
    <message>
        <source>This request cannot be sent in a $batch request (absolute URL or a body that is not a JSON object).</source>
        <translation>Diese Anforderung kann nicht in einer $batch-Anforderung gesendet werden (absolute URL oder ein Textkörper, der kein JSON-Objekt ist).</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Vor dem Senden abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent again; the service had answered %1 and had not acted on it.</source>
        <translation>Vor dem erneuten Senden abgebrochen; der Dienst hatte %1 geantwortet und sie nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Sent in a $batch request that failed: %1</source>
        <translation>In einer fehlgeschlagenen $batch-Anforderung gesendet: %1</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no &quot;responses&quot; array</source>
        <translation>kein „responses“-Array</translation>
    </message>
    <message>
        <source>its answer has no valid status</source>
        <translation>ihre Antwort hat keinen gültigen Status</translation>
    </message>
    <message>
        <source>the reply has no answer for it</source>
        <translation>die Rückmeldung enthält keine Antwort darauf</translation>
    </message>
    <message>
        <source>the reply has no answer for it, but answers for unknown ids %1</source>
        <translation>die Rückmeldung enthält keine Antwort darauf, aber Antworten für unbekannte IDs %1</translation>
    </message>
    <message>
        <source>The $batch reply could not be read (%1); the service may have acted on this request. Refresh to see the current state.</source>
        <translation>Die $batch-Antwort konnte nicht gelesen werden (%1); der Dienst hat diese Anforderung möglicherweise ausgeführt. Aktualisieren Sie, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>The $batch reply could not be read (%1).</source>
        <translation>Die $batch-Antwort konnte nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>BulkAction</name>
    <message>
        <source>Reprovision</source>
        <translation>Erneut bereitstellen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Power on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Power off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Troubleshoot</source>
        <translation>Problembehandlung</translation>
    </message>
    <message>
        <source>Reinstall agent</source>
        <translation>Agent neu installieren</translation>
    </message>
    <message>
        <source>Create snapshot</source>
        <translation>Momentaufnahme erstellen</translation>
    </message>
    <message>
        <source>Disaster recovery failover</source>
        <translation>Failover für die Notfallwiederherstellung</translation>
    </message>
    <message>
        <source>Modify disk encryption</source>
        <translation>Datenträgerverschlüsselung ändern</translation>
    </message>
    <message>
        <source>Set review status</source>
        <translation>Überprüfungsstatus festlegen</translation>
    </message>
</context>
<context>
    <name>BulkActionDevicesModel</name>
    <message>
        <source>Not in the loaded list</source>
        <translation>Nicht in der geladenen Liste</translation>
    </message>
    <message>
        <source>Cloud PC</source>
        <translation>Cloud-PC</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Aktueller Status</translation>
    </message>
</context>
<context>
    <name>BulkActionKinds</name>
    <message>
        <source>Reprovision</source>
        <translation>Neu bereitstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reprovisioning wipes each Cloud PC and rebuilds it.&lt;/b&gt; Everything stored on them is lost.</source>
        <translation>&lt;b&gt;Die Neubereitstellung löscht jeden Cloud-PC und baut ihn neu auf.&lt;/b&gt; Alles, was darauf gespeichert ist, geht verloren.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Each Cloud PC restarts; signed-in users are disconnected.</source>
        <translation>Jeder Cloud-PC startet neu; angemeldete Benutzer werden getrennt.</translation>
    </message>
    <message>
        <source>Troubleshoot</source>
        <translation>Problembehandlung</translation>
    </message>
    <message>
        <source>Each Cloud PC and its session host are checked.</source>
        <translation>Jeder Cloud-PC und sein Sitzungshost werden geprüft.</translation>
    </message>
    <message>
        <source>Power on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Each Frontline Cloud PC is powered on; other Cloud PCs are reported as not supported.</source>
        <translation>Jeder Frontline-Cloud-PC wird eingeschaltet; andere Cloud-PCs werden als nicht unterstützt gemeldet.</translation>
    </message>
    <message>
        <source>Power off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Each Frontline Cloud PC is powered off, &lt;b&gt;ending its user&apos;s session&lt;/b&gt;; other Cloud PCs are reported as not supported.</source>
        <translation>Jeder Frontline-Cloud-PC wird ausgeschaltet, &lt;b&gt;die Sitzung seines Benutzers endet&lt;/b&gt;; andere Cloud-PCs werden als nicht unterstützt gemeldet.</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Each Cloud PC moves to the target plan.&lt;/b&gt; Its users are disconnected while it is resized.</source>
        <translation>&lt;b&gt;Jeder Cloud-PC wechselt in den Zielplan.&lt;/b&gt; Seine Benutzer werden während der Größenänderung getrennt.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Each Cloud PC returns to its restore point nearest the time given.&lt;/b&gt; What was done on it since is lost.</source>
        <translation>&lt;b&gt;Jeder Cloud-PC kehrt zu dem Wiederherstellungspunkt zurück, der dem angegebenen Zeitpunkt am nächsten liegt.&lt;/b&gt; Was seitdem darauf getan wurde, geht verloren.</translation>
    </message>
    <message>
        <source>Create snapshot</source>
        <translation>Momentaufnahme erstellen</translation>
    </message>
    <message>
        <source>A restore point of each Cloud PC is taken now.</source>
        <translation>Von jedem Cloud-PC wird jetzt ein Wiederherstellungspunkt erstellt.</translation>
    </message>
    <message>
        <source>Place under review</source>
        <translation>Zur Überprüfung markieren</translation>
    </message>
    <message>
        <source>Each Cloud PC is placed under review (for an investigation); its user keeps access.</source>
        <translation>Jeder Cloud-PC wird zur Überprüfung markiert (für eine Untersuchung); sein Benutzer behält den Zugriff.</translation>
    </message>
</context>
<context>
    <name>BulkActionLoader</name>
    <message>
        <source>bulk action</source>
        <translation>Massenaktion</translation>
    </message>
</context>
<context>
    <name>BulkActionModel</name>
    <message>
        <source>No Cloud PCs</source>
        <translation>Keine Cloud-PCs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Initiiert von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln succeeded</source>
        <translation>
            <numerusform>%Ln erfolgreich</numerusform>
            <numerusform>%Ln erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in progress</source>
        <translation>
            <numerusform>%Ln in Bearbeitung</numerusform>
            <numerusform>%Ln in Bearbeitung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln ausstehend</numerusform>
            <numerusform>%Ln ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not supported</source>
        <translation>
            <numerusform>%Ln nicht unterstützt</numerusform>
            <numerusform>%Ln nicht unterstützt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActionPage</name>
    <message>
        <source>Filter bulk actions (Ctrl+F)</source>
        <translation>Massenaktionen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter bulk actions</source>
        <translation>Massenaktionen filtern</translation>
    </message>
    <message>
        <source>Bulk actions</source>
        <translation>Massenaktionen</translation>
    </message>
    <message>
        <source>Bulk action details</source>
        <translation>Details der Massenaktion</translation>
    </message>
    <message>
        <source>Cloud PCs of the bulk action</source>
        <translation>Cloud-PCs der Massenaktion</translation>
    </message>
    <message>
        <source>Cloud PCs and their current status</source>
        <translation>Cloud-PCs und ihr aktueller Status</translation>
    </message>
    <message>
        <source>Bulk action detail pane</source>
        <translation>Detailbereich der Massenaktion</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bulk action(s)</source>
        <translation>
            <numerusform>%Ln Massenaktion</numerusform>
            <numerusform>%Ln Massenaktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>bulk actions</source>
        <translation>Massenaktionen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Initiiert von</translation>
    </message>
    <message>
        <source>In maintenance window</source>
        <translation>Im Wartungsfenster</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Cloud PCs</source>
        <translation>Cloud-PCs</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>BulkActionRetryDialog</name>
    <message>
        <source>Only the &amp;Cloud PCs ticked below</source>
        <translation>Nur die unten angehakten &amp;Cloud-PCs</translation>
    </message>
    <message>
        <source>Retry bulk action %1</source>
        <translation>Massenaktion %1 wiederholen</translation>
    </message>
    <message>
        <source>Cloud PC</source>
        <translation>Cloud-PC</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cloud PCs of the bulk action</source>
        <translation>Cloud-PCs der Massenaktion</translation>
    </message>
    <message>
        <source>Not in the loaded list</source>
        <translation>Nicht in der geladenen Liste</translation>
    </message>
    <message>
        <source>&amp;All failed Cloud PCs of this action (%1 now)</source>
        <translation>&amp;Alle fehlgeschlagenen Cloud-PCs dieser Aktion (derzeit %1)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>The service retries every device of this action that failed.</source>
        <translation>Der Dienst wiederholt jedes fehlgeschlagene Gerät dieser Aktion.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Cloud PC(s) will be retried.</source>
        <translation>
            <numerusform>%Ln Cloud-PC wird wiederholt.</numerusform>
            <numerusform>%Ln Cloud-PCs werden wiederholt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln Cloud PC(s) · %2 succeeded, %3 failed, %4 in progress</source>
        <translation>
            <numerusform>%1 · %Ln Cloud-PC · %2 erfolgreich, %3 fehlgeschlagen, %4 in Bearbeitung</numerusform>
            <numerusform>%1 · %Ln Cloud-PCs · %2 erfolgreich, %3 fehlgeschlagen, %4 in Bearbeitung</numerusform>
        </translation>
    </message>
    <message>
        <source>Only failed Cloud PCs can be retried; this one is %1.</source>
        <translation>Nur fehlgeschlagene Cloud-PCs können wiederholt werden; dieser ist %1.</translation>
    </message>
</context>
<context>
    <name>CloudEndpoints</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses plain http on a host that is not loopback; only https is allowed (http only for 127.0.0.1, ::1 or localhost).</source>
        <translation>„%1“ verwendet unverschlüsseltes http auf einem Host, der kein Loopback ist; nur https ist zulässig (http nur für 127.0.0.1, ::1 oder localhost).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the scheme &apos;%2&apos;; only https is allowed.</source>
        <translation>„%1“ hat das Schema „%2“; nur https ist zulässig.</translation>
    </message>
</context>
<context>
    <name>CloudPcConnectivityEvent</name>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>CloudPcHistorySection</name>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Show or hide this section; it is read from Graph when shown</source>
        <translation>Diesen Abschnitt ein- oder ausblenden; er wird beim Einblenden aus Graph gelesen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Read it again</source>
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <source>Reload %1</source>
        <translation>%1 neu laden</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>%1 wird geladen</translation>
    </message>
    <message>
        <source>Try reading %1 again</source>
        <translation>%1 erneut lesen</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 ausblenden</translation>
    </message>
    <message>
        <source>Request-id: %1</source>
        <translation>Anforderungs-ID: %1</translation>
    </message>
</context>
<context>
    <name>CloudPcLoader</name>
    <message>
        <source>Cloud PC</source>
        <translation>Cloud-PC</translation>
    </message>
</context>
<context>
    <name>CloudPcModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status detail</source>
        <translation>Statusdetails</translation>
    </message>
    <message>
        <source>Provisioning policy</source>
        <translation>Bereitstellungsrichtlinie</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Grace period ends</source>
        <translation>Ende der Toleranzperiode</translation>
    </message>
    <message>
        <source>Status code: %1</source>
        <translation>Statuscode: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count and a status: 4,480 Provisioned</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation>Zuletzt aktualisiert: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
</context>
<context>
    <name>CloudPcPage</name>
    <message>
        <source>Filter by name, user or policy (Ctrl+F)</source>
        <translation>Nach Name, Benutzer oder Richtlinie filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter Cloud PCs</source>
        <translation>Cloud-PCs filtern</translation>
    </message>
    <message>
        <source>Cloud PCs</source>
        <translation>Cloud-PCs</translation>
    </message>
    <message>
        <source>Cloud PC details</source>
        <translation>Cloud-PC-Details</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show Cloud PCs of every status</source>
        <translation>Cloud-PCs mit jedem Status anzeigen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Show only failed Cloud PCs</source>
        <translation>Nur fehlgeschlagene Cloud-PCs anzeigen</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Show only Cloud PCs being provisioned or pending provisioning</source>
        <translation>Nur Cloud-PCs anzeigen, die gerade bereitgestellt werden oder deren Bereitstellung aussteht</translation>
    </message>
    <message>
        <source>In grace period</source>
        <translation>In Toleranzperiode</translation>
    </message>
    <message>
        <source>Show only Cloud PCs in their grace period</source>
        <translation>Nur Cloud-PCs in ihrer Toleranzperiode anzeigen</translation>
    </message>
    <message>
        <source>Status filter: %1</source>
        <translation>Statusfilter: %1</translation>
    </message>
    <message>
        <source>Show the Cloud PCs of every policy again</source>
        <translation>Wieder die Cloud-PCs aller Richtlinien anzeigen</translation>
    </message>
    <message>
        <source>Clear the policy filter</source>
        <translation>Richtlinienfilter löschen</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Richtlinie: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Cloud PC(s)</source>
        <translation>
            <numerusform>%Ln Cloud-PC</numerusform>
            <numerusform>%Ln Cloud-PCs</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status detail</source>
        <translation>Statusdetails</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Statuscode</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Provisioning policy</source>
        <translation>Bereitstellungsrichtlinie</translation>
    </message>
    <message>
        <source>Policy id</source>
        <translation>Richtlinien-ID</translation>
    </message>
    <message>
        <source>Provisioning type</source>
        <translation>Bereitstellungstyp</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan id</source>
        <translation>Plan-ID</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Network connection</source>
        <translation>Netzwerkverbindung</translation>
    </message>
    <message>
        <source>Managed device name</source>
        <translation>Name des verwalteten Geräts</translation>
    </message>
    <message>
        <source>Managed device id</source>
        <translation>ID des verwalteten Geräts</translation>
    </message>
    <message>
        <source>Entra device id</source>
        <translation>Entra-Geräte-ID</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Betriebssystemversion</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Kontotyp</translation>
    </message>
    <message>
        <source>Power state</source>
        <translation>Energiestatus</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Grace period ends</source>
        <translation>Ende der Toleranzperiode</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Produkttyp</translation>
    </message>
    <message>
        <source>Partner agents</source>
        <translation>Partner-Agenten</translation>
    </message>
    <message>
        <source>Show the Cloud PCs of every status again</source>
        <translation>Wieder Cloud-PCs jedes Status zeigen</translation>
    </message>
    <message>
        <source>Clear the status filter</source>
        <translation>Statusfilter aufheben</translation>
    </message>
    <message>
        <source>Connection history</source>
        <translation>Verbindungsverlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>No connection events in the last days</source>
        <translation>Keine Verbindungsereignisse in den letzten Tagen</translation>
    </message>
    <message>
        <source>The connection history could not be read: %1</source>
        <translation>Der Verbindungsverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Activity id: %1</source>
        <translation>Aktivitäts-ID: %1</translation>
    </message>
    <message>
        <source>Cloud PC actions</source>
        <translation>Cloud-PC-Aktionen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>No remote actions were done to this Cloud PC</source>
        <translation>Für diesen Cloud-PC wurden keine Remoteaktionen ausgeführt</translation>
    </message>
    <message>
        <source>The Cloud PC&apos;s actions could not be read: %1</source>
        <translation>Die Aktionen des Cloud-PCs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation>Zuletzt aktualisiert: %1</translation>
    </message>
    <message>
        <source>Cloud PC detail pane</source>
        <translation>Detailbereich des Cloud-PCs</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>CloudPcRemoteActionResult</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>CloudPcSnapshot</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>CloudPcStatus</name>
    <message>
        <source>Not provisioned</source>
        <translation>Nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Wird bereitgestellt</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>In grace period</source>
        <translation>In Toleranzperiode</translation>
    </message>
    <message>
        <source>Deprovisioning</source>
        <translation>Bereitstellung wird aufgehoben</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Provisioned with warnings</source>
        <translation>Mit Warnungen bereitgestellt</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>Größe wird geändert</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Pending provision</source>
        <translation>Bereitstellung ausstehend</translation>
    </message>
    <message>
        <source>Unknown future value</source>
        <translation>Unbekannter zukünftiger Wert</translation>
    </message>
    <message>
        <source>Moving region</source>
        <translation>Region wird gewechselt</translation>
    </message>
    <message>
        <source>Resize pending license</source>
        <translation>Größenänderung wartet auf Lizenz</translation>
    </message>
    <message>
        <source>Modifying single sign-on</source>
        <translation>Einmaliges Anmelden wird geändert</translation>
    </message>
    <message>
        <source>Refreshing policy configuration</source>
        <translation>Richtlinienkonfiguration wird aktualisiert</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Wird vorbereitet</translation>
    </message>
</context>
<context>
    <name>ConfirmActionDialog</name>
    <message>
        <source>What will happen</source>
        <translation>Was geschehen wird</translation>
    </message>
    <message>
        <source>Items concerned</source>
        <translation>Betroffene Elemente</translation>
    </message>
</context>
<context>
    <name>CreateBulkActionDialog</name>
    <message numerus="yes">
        <source>Create a bulk action over %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Massenaktion für %Ln Cloud-PC erstellen</numerusform>
            <numerusform>Massenaktion für %Ln Cloud-PCs erstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk action type</source>
        <translation>Typ der Massenaktion</translation>
    </message>
    <message>
        <source>Bulk action name</source>
        <translation>Name der Massenaktion</translation>
    </message>
    <message>
        <source>Cloud PCs of the bulk action</source>
        <translation>Cloud-PCs der Massenaktion</translation>
    </message>
    <message>
        <source>To confirm, type the number of Cloud PCs (%1):</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Cloud-PCs ein (%1):</translation>
    </message>
    <message>
        <source>Type the number of Cloud PCs to confirm</source>
        <translation>Anzahl der Cloud-PCs zur Bestätigung eingeben</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>C&amp;reate bulk action</source>
        <translation>Massenaktion e&amp;rstellen</translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln Cloud PC(s) – %2</source>
        <translation>
            <numerusform>%1 %Ln Cloud-PC – %2</numerusform>
            <numerusform>%1 %Ln Cloud-PCs – %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Target service plan</source>
        <translation>Ziel-Serviceplan</translation>
    </message>
    <message>
        <source>Service plan ID</source>
        <translation>Serviceplan-ID</translation>
    </message>
    <message>
        <source>Restore point time</source>
        <translation>Zeitpunkt der Wiederherstellung</translation>
    </message>
    <message>
        <source>Nearest restore point</source>
        <translation>Nächstgelegener Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>Last restore point before</source>
        <translation>Letzter Wiederherstellungspunkt davor</translation>
    </message>
    <message>
        <source>First restore point after</source>
        <translation>Erster Wiederherstellungspunkt danach</translation>
    </message>
    <message>
        <source>Which restore point</source>
        <translation>Welcher Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Working Cloud PCs selected</source>
        <translation>Funktionierende Cloud-PCs ausgewählt</translation>
    </message>
    <message>
        <source>Target &amp;plan:</source>
        <translation>Ziel&amp;plan:</translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation>Wiederherstellen &amp;auf:</translation>
    </message>
    <message>
        <source>Cloud PCs (%1): %2</source>
        <translation>Cloud-PCs (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them work today (provisioned or in grace period): they are affected too.</source>
        <translation>
            <numerusform>%Ln davon funktioniert heute (bereitgestellt oder in der Toleranzperiode): er ist ebenfalls betroffen.</numerusform>
            <numerusform>%Ln davon funktionieren heute (bereitgestellt oder in der Toleranzperiode): sie sind ebenfalls betroffen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the &amp;failed ones (%1)</source>
        <translation>Nur die &amp;fehlgeschlagenen (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the phrase typed to confirm: an act and a count, &quot;restart 250&quot;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>To confirm, type &quot;%1&quot;:</source>
        <translation>Geben Sie zur Bestätigung „%1“ ein:</translation>
    </message>
    <message>
        <source>Type the phrase to confirm</source>
        <translation>Geben Sie den Satz zur Bestätigung ein</translation>
    </message>
    <message>
        <source>A bulk action takes at most %1 Cloud PCs; %2 are selected. Select fewer, or create several bulk actions.</source>
        <translation>Eine Massenaktion umfasst höchstens %1 Cloud-PCs; %2 sind ausgewählt. Wählen Sie weniger aus oder erstellen Sie mehrere Massenaktionen.</translation>
    </message>
    <message>
        <source>Choose the target plan.</source>
        <translation>Wählen Sie den Zielplan.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeDialog</name>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open page</source>
        <translation>Seite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Sign in with a code – Cloud PC Console</source>
        <translation>Mit einem Code anmelden – Cloud PC Console</translation>
    </message>
    <message>
        <source>Sign in with a code</source>
        <translation>Mit einem Code anmelden</translation>
    </message>
    <message>
        <source>On this or any other device with a web browser, open the page below and enter the code. Sign in there with your work or school account; this window closes by itself when you are done.</source>
        <translation>Öffnen Sie auf diesem oder einem anderen Gerät mit Webbrowser die unten stehende Seite, und geben Sie den Code ein. Melden Sie sich dort mit Ihrem Geschäfts-, Schul- oder Unikonto an; dieses Fenster schließt sich danach von selbst.</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Seite:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>Einzugebender Code</translation>
    </message>
    <message>
        <source>Open the page in your web browser</source>
        <translation>Die Seite im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>No web browser could be opened: open %1 on any device.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden: Öffnen Sie %1 auf einem beliebigen Gerät.</translation>
    </message>
    <message>
        <source>Asking Microsoft Entra for a code…</source>
        <translation>Code wird bei Microsoft Entra angefordert…</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation>Der Code ist abgelaufen.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in. The code expires in %1:%2.</source>
        <translation>Warten auf Ihre Anmeldung. Der Code läuft in %1:%2 ab.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeSignIn</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in service gave no usable device code.</source>
        <translation>Der Anmeldedienst hat keinen verwendbaren Gerätecode geliefert.</translation>
    </message>
    <message>
        <source>The code expired before sign-in was completed. Start again for a new code.</source>
        <translation>Der Code ist abgelaufen, bevor die Anmeldung abgeschlossen wurde. Beginnen Sie erneut, um einen neuen Code zu erhalten.</translation>
    </message>
</context>
<context>
    <name>EnumWords</name>
    <message>
        <source>Dedicated</source>
        <translation>Dediziert</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Shared by user</source>
        <translation>Pro Benutzer freigegeben</translation>
    </message>
    <message>
        <source>Shared by Entra group</source>
        <translation>Pro Entra-Gruppe freigegeben</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Windows 10</source>
        <translation>Windows 10</translation>
    </message>
    <message>
        <source>Windows 11</source>
        <translation>Windows 11</translation>
    </message>
    <message>
        <source>Standard user</source>
        <translation>Standardbenutzer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Powered off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>%1 (unknown value)</source>
        <translation>%1 (unbekannter Wert)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Activity ID</source>
        <translation>Aktivitäts-ID</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anforderungs-ID</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <source>Dev Box</source>
        <translation>Dev Box</translation>
    </message>
    <message>
        <source>Power Automate</source>
        <translation>Power Automate</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Permanent error</source>
        <translation>Dauerhafter Fehler</translation>
    </message>
    <message>
        <source>Transient error</source>
        <translation>Vorübergehender Fehler</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Install failed</source>
        <translation>Installation fehlgeschlagen</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Wird installiert</translation>
    </message>
    <message>
        <source>Uninstalling</source>
        <translation>Wird deinstalliert</translation>
    </message>
    <message>
        <source>Uninstall failed</source>
        <translation>Deinstallation fehlgeschlagen</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Lizenziert</translation>
    </message>
    <message>
        <source>Windows 365</source>
        <translation>Windows 365</translation>
    </message>
    <message>
        <source>RPA box</source>
        <translation>RPA-Box</translation>
    </message>
</context>
<context>
    <name>FixedTokenProvider</name>
    <message>
        <source>The access token from CLOUDPC_ACCESS_TOKEN was refused (it may have expired). Set a new one, or unset it to sign in.</source>
        <translation>Das Zugriffstoken aus CLOUDPC_ACCESS_TOKEN wurde abgelehnt (es ist möglicherweise abgelaufen). Legen Sie ein neues fest, oder entfernen Sie die Variable, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Conditional Access asks for a new sign-in, which a token from CLOUDPC_ACCESS_TOKEN cannot do. Unset it and sign in interactively.</source>
        <translation>Der bedingte Zugriff verlangt eine neue Anmeldung, die mit einem Token aus CLOUDPC_ACCESS_TOKEN nicht möglich ist. Entfernen Sie die Variable, und melden Sie sich interaktiv an.</translation>
    </message>
</context>
<context>
    <name>FleetOverview</name>
    <message>
        <source>Open the connection&apos;s failed checks</source>
        <translation>Fehlgeschlagene Prüfungen der Verbindung öffnen</translation>
    </message>
    <message>
        <source>Run the connection&apos;s health checks</source>
        <translation>Integritätsprüfungen der Verbindung ausführen</translation>
    </message>
    <message>
        <source>Retry the policy</source>
        <translation>Richtlinie erneut versuchen</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
    <message>
        <source>Reprovision the failed Cloud PCs</source>
        <translation>Fehlgeschlagene Cloud-PCs erneut bereitstellen</translation>
    </message>
    <message>
        <source>Intune enrollment failed</source>
        <translation>Intune-Registrierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Microsoft Entra join failed</source>
        <translation>Microsoft Entra-Einbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Microsoft Entra hybrid join failed</source>
        <translation>Microsoft Entra-Hybrideinbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Domain join failed</source>
        <translation>Domänenbeitritt fehlgeschlagen</translation>
    </message>
    <message>
        <source>Azure network connection failed</source>
        <translation>Azure-Netzwerkverbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Image not found</source>
        <translation>Image nicht gefunden</translation>
    </message>
    <message>
        <source>Internal service error</source>
        <translation>Interner Dienstfehler</translation>
    </message>
</context>
<context>
    <name>GraphCall</name>
    <message>
        <source>The reply is not a JSON object: %1</source>
        <translation>Die Antwort ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled after the request was sent; the service may have acted on it. Refresh to see the current state.</source>
        <translation>Nach dem Senden der Anforderung abgebrochen; der Dienst hat sie möglicherweise ausgeführt. Aktualisieren Sie, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>The connection failed after the request was sent (%1); the service may have acted on it. Refresh to see the current state.</source>
        <translation>Die Verbindung ist nach dem Senden der Anforderung fehlgeschlagen (%1); der Dienst hat sie möglicherweise ausgeführt. Aktualisieren Sie, um den aktuellen Stand zu sehen.</translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>HTTP status %1 without a body</source>
        <translation>HTTP-Status %1 ohne Textkörper</translation>
    </message>
    <message>
        <source>HTTP status %1: %2</source>
        <translation>HTTP-Status %1: %2</translation>
    </message>
</context>
<context>
    <name>GraphListJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The reply has no &apos;value&apos; array; it is not a Graph collection.</source>
        <translation>Die Antwort hat kein „value“-Array; sie ist keine Graph-Sammlung.</translation>
    </message>
    <message>
        <source>The next page link &apos;%1&apos; does not point to %2; not followed.</source>
        <translation>Der Link zur nächsten Seite „%1“ verweist nicht auf %2; ihm wird nicht gefolgt.</translation>
    </message>
</context>
<context>
    <name>IdentityError</name>
    <message>
        <source>The sign-in service could not be reached: %1</source>
        <translation>Der Anmeldedienst ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The sign-in service answered HTTP %1 (%2) without an error the console understands. Try again later.</source>
        <translation>Der Anmeldedienst antwortete mit HTTP %1 (%2) ohne einen Fehler, den die Konsole versteht. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
</context>
<context>
    <name>IdentityRequest</name>
    <message numerus="yes">
        <source>The sign-in service answered HTTP 200, but its reply was not JSON (%1, %n byte(s)).</source>
        <translation>
            <numerusform>Der Anmeldedienst antwortete mit HTTP 200, aber seine Antwort war kein JSON (%1, %n Byte).</numerusform>
            <numerusform>Der Anmeldedienst antwortete mit HTTP 200, aber seine Antwort war kein JSON (%1, %n Bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
</context>
<context>
    <name>InteractiveSignIn</name>
    <message numerus="yes">
        <source>No answer came back from the browser within %n minute(s). If the browser tab was closed, sign in again.</source>
        <translation>
            <numerusform>Innerhalb von %n Minute kam keine Antwort vom Browser. Falls der Browsertab geschlossen wurde, melden Sie sich erneut an.</numerusform>
            <numerusform>Innerhalb von %n Minuten kam keine Antwort vom Browser. Falls der Browsertab geschlossen wurde, melden Sie sich erneut an.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console could not listen on a loopback port for the browser&apos;s answer. Use the device code sign-in instead.</source>
        <translation>Die Konsole konnte für die Antwort des Browsers an keinem Loopback-Port lauschen. Verwenden Sie stattdessen die Anmeldung mit Gerätecode.</translation>
    </message>
    <message>
        <source>Cloud PC Console</source>
        <translation>Cloud PC Console</translation>
    </message>
    <message>
        <source>The console received the answer of the sign-in page and shows there whether you are signed in. You can close this tab.</source>
        <translation>Die Konsole hat die Antwort der Anmeldeseite erhalten und zeigt dort an, ob Sie angemeldet sind. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>This answer does not belong to the console&apos;s sign-in.</source>
        <translation>Diese Antwort gehört nicht zur Anmeldung der Konsole.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer did not carry this sign-in&apos;s state, so it was refused. Sign in again.</source>
        <translation>Die Antwort des Browsers enthielt nicht den Status dieser Anmeldung und wurde daher abgelehnt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>No authorization code came back.</source>
        <translation>Es wurde kein Autorisierungscode zurückgegeben.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer carried no authorization code. Sign in again.</source>
        <translation>Die Antwort des Browsers enthielt keinen Autorisierungscode. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You can close this tab and try again from Cloud PC Console.</source>
        <translation>Sie können diesen Tab schließen und es in Cloud PC Console erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>LanguageSupport</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>ListLoader</name>
    <message>
        <source>An item of the %1 list is not an object; skipped.</source>
        <translation>Ein Element der Liste (%1) ist kein Objekt und wurde übersprungen.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>Spaltenüberschriften</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Wählen Sie eine Zeile aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Copy the selected rows, tab-separated (Ctrl+C)</source>
        <translation>Die ausgewählten Zeilen tabulatorgetrennt kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Copy the error with its request-id, for a support case</source>
        <translation>Den Fehler mit seiner request-id für einen Supportfall kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Loading %1… %Ln loaded</source>
        <translation>
            <numerusform>%1 werden geladen… %Ln geladen</numerusform>
            <numerusform>%1 werden geladen… %Ln geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the %1: %2</source>
        <translation>Die %1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Not loaded yet. Press F5 to load the %1.</source>
        <translation>Noch nicht geladen. Drücken Sie F5, um die %1 zu laden.</translation>
    </message>
    <message>
        <source>No %1 in this tenant.</source>
        <translation>Keine %1 in diesem Mandanten.</translation>
    </message>
    <message>
        <source> (loading was cancelled; press F5 to load all)</source>
        <translation> (Laden abgebrochen; F5 lädt alle)</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <source>No rows match the filter (%1 in all).</source>
        <translation>Keine Zeile passt zum Filter (%1 insgesamt).</translation>
    </message>
    <message>
        <source>(sorted by %1 when all have arrived)</source>
        <translation>(nach %1 sortiert, sobald alle eingetroffen sind)</translation>
    </message>
</context>
<context>
    <name>LoopbackReplyHandler</name>
    <message>
        <source>This address only takes the answer of a sign-in page.</source>
        <translation>Diese Adresse nimmt nur die Antwort einer Anmeldeseite entgegen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cloud PC Console</source>
        <translation>Cloud PC Console</translation>
    </message>
    <message>
        <source>Cloud PCs</source>
        <translation>Cloud-PCs</translation>
    </message>
    <message>
        <source>Provisioning policies</source>
        <translation>Bereitstellungsrichtlinien</translation>
    </message>
    <message>
        <source>Bulk actions</source>
        <translation>Massenaktionen</translation>
    </message>
    <message>
        <source>Users with provisioning errors</source>
        <translation>Benutzer mit Bereitstellungsfehlern</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) selected</source>
        <translation>
            <numerusform>%Ln Zeile ausgewählt</numerusform>
            <numerusform>%Ln Zeilen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Reload every list from Microsoft Graph (F5)</source>
        <translation>Alle Listen erneut aus Microsoft Graph laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>Laden a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop loading; what has arrived stays (Esc)</source>
        <translation>Laden beenden; bereits Empfangenes bleibt (Esc)</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the rows shown in this tab as CSV</source>
        <translation>Die in diesem Tab angezeigten Zeilen als CSV speichern</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the rows shown in this tab as JSON with Graph&apos;s property names</source>
        <translation>Die in diesem Tab angezeigten Zeilen als JSON mit den Eigenschaftsnamen von Graph speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>A&amp;utomatisch aktualisieren</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln minute(s)</source>
        <translation>
            <numerusform>Jede Minute</numerusform>
            <numerusform>Alle %Ln Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Cloud PCs</source>
        <translation>&amp;Cloud-PCs</translation>
    </message>
    <message>
        <source>&amp;Provisioning policies</source>
        <translation>&amp;Bereitstellungsrichtlinien</translation>
    </message>
    <message>
        <source>&amp;Bulk actions</source>
        <translation>&amp;Massenaktionen</translation>
    </message>
    <message>
        <source>&amp;Users with provisioning errors</source>
        <translation>Ben&amp;utzer mit Bereitstellungsfehlern</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Connected service</source>
        <translation>Verbundener Dienst</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln Cloud PC(s) in %1</source>
        <translation>
            <numerusform>%Ln Cloud-PC in %1 geladen</numerusform>
            <numerusform>%Ln Cloud-PCs in %1 geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>Refreshed on %1</source>
        <translation>Aktualisiert am %1</translation>
    </message>
    <message>
        <source>This list was last read from Microsoft Graph on %1.</source>
        <translation>Diese Liste wurde zuletzt am %1 aus Microsoft Graph gelesen.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
</context>
<context>
    <name>OnPremisesConnection</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Microsoft Entra hybrid join</source>
        <translation>Microsoft Entra Hybrid Join</translation>
    </message>
    <message>
        <source>Microsoft Entra join</source>
        <translation>Microsoft Entra Join</translation>
    </message>
</context>
<context>
    <name>OnPremisesConnectionLoader</name>
    <message>
        <source>network connection</source>
        <translation>Netzwerkverbindung</translation>
    </message>
</context>
<context>
    <name>OnPremisesConnectionModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Join type</source>
        <translation>Beitrittstyp</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Integritätsprüfungen</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>Fehlgeschlagene Prüfungen</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln accepted</source>
        <translation>
            <numerusform>%Ln angenommen</numerusform>
            <numerusform>%Ln angenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln outcome unknown</source>
        <translation>
            <numerusform>%Ln mit unbekanntem Ergebnis</numerusform>
            <numerusform>%Ln mit unbekanntem Ergebnis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln abgebrochen</numerusform>
            <numerusform>%Ln abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln gesendet</numerusform>
            <numerusform>%Ln gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln queued</source>
        <translation>
            <numerusform>%Ln in Warteschlange</numerusform>
            <numerusform>%Ln in Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln erledigt</numerusform>
            <numerusform>%Ln erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not supported</source>
        <translation>
            <numerusform>%Ln nicht unterstützt</numerusform>
            <numerusform>%Ln nicht unterstützt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still running (stopped following)</source>
        <translation>
            <numerusform>%Ln läuft noch (nicht mehr verfolgt)</numerusform>
            <numerusform>%Ln laufen noch (nicht mehr verfolgt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation>
            <numerusform>%Ln läuft</numerusform>
            <numerusform>%Ln laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Still running (stopped following)</source>
        <translation>Läuft noch (nicht mehr verfolgt)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln nicht gesendet</numerusform>
            <numerusform>%Ln nicht gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationItemsModel</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anforderungs-ID</translation>
    </message>
    <message>
        <source>%1 (accepted; last checked %2)</source>
        <translation>%1 (angenommen; zuletzt geprüft %2)</translation>
    </message>
    <message>
        <source>%1 (sent again as a new operation)</source>
        <translation>%1 (als neuer Vorgang erneut gesendet)</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Not sent: the same act on this item is already under way.</source>
        <translation>Nicht gesendet: Dieselbe Aktion für dieses Element läuft bereits.</translation>
    </message>
    <message>
        <source>Not sent: the audit log cannot be written (%1).</source>
        <translation>Nicht gesendet: Das Überwachungsprotokoll kann nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Vor dem Senden abgebrochen.</translation>
    </message>
</context>
<context>
    <name>OperationsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
</context>
<context>
    <name>OperationsPanel</name>
    <message>
        <source>Cancel &amp;queued</source>
        <translation>&amp;Wartende abbrechen</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Items of the selected operation</source>
        <translation>Elemente des ausgewählten Vorgangs</translation>
    </message>
    <message>
        <source>Cancel queued items</source>
        <translation>Wartende Elemente abbrechen</translation>
    </message>
    <message>
        <source>Retry failed items</source>
        <translation>Fehlgeschlagene Elemente wiederholen</translation>
    </message>
    <message>
        <source>Cancel the items of this operation that have not been sent yet</source>
        <translation>Die noch nicht gesendeten Elemente dieses Vorgangs abbrechen</translation>
    </message>
    <message>
        <source>Send the failed items of this operation again; acts that failed after Graph accepted them are sent again as a new operation, once you confirm</source>
        <translation>Die fehlgeschlagenen Elemente dieses Vorgangs erneut senden; Aktionen, die fehlschlugen, nachdem Graph sie angenommen hatte, werden nach Ihrer Bestätigung als neuer Vorgang erneut gesendet</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>%1%</source>
        <comment>a share, e.g. 10.4%</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Fleet at a glance</source>
        <translation>Flotte auf einen Blick</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Show the numbers of the charts as tables</source>
        <translation>Die Zahlen der Diagramme als Tabellen zeigen</translation>
    </message>
    <message>
        <source>Cloud PCs by status</source>
        <translation>Cloud-PCs nach Status</translation>
    </message>
    <message>
        <source>Provisioning policies: provisioned, failed, other</source>
        <translation>Bereitstellungsrichtlinien: bereitgestellt, fehlgeschlagen, andere</translation>
    </message>
    <message>
        <source>Provisioning policies</source>
        <translation>Bereitstellungsrichtlinien</translation>
    </message>
    <message>
        <source>No Cloud PCs yet</source>
        <translation>Noch keine Cloud-PCs</translation>
    </message>
    <message>
        <source>No Cloud PCs of a provisioning policy yet</source>
        <translation>Noch keine Cloud-PCs einer Bereitstellungsrichtlinie</translation>
    </message>
    <message>
        <source>Failures grouped by cause</source>
        <translation>Fehler nach Ursache</translation>
    </message>
    <message>
        <source>Select these Cloud PCs</source>
        <translation>Diese Cloud-PCs auswählen</translation>
    </message>
    <message>
        <source>Open the Cloud PCs tab with this cause&apos;s Cloud PCs selected, for any act of the Actions menu</source>
        <translation>Öffnet die Registerkarte Cloud-PCs mit den Cloud-PCs dieser Ursache ausgewählt, für jede Aktion des Menüs Aktionen</translation>
    </message>
    <message>
        <source>Retry the policy…</source>
        <translation>Richtlinie erneut versuchen…</translation>
    </message>
    <message>
        <source>Run health checks</source>
        <translation>Integritätsprüfungen ausführen</translation>
    </message>
    <message>
        <source>Show failed checks</source>
        <translation>Fehlgeschlagene Prüfungen zeigen</translation>
    </message>
    <message>
        <source>Show the network connection&apos;s failed checks below</source>
        <translation>Die fehlgeschlagenen Prüfungen der Netzwerkverbindung unten zeigen</translation>
    </message>
    <message>
        <source>Azure network connections</source>
        <translation>Azure-Netzwerkverbindungen</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>Fehlgeschlagene Prüfungen</translation>
    </message>
    <message>
        <source>Failed checks of the selected connection</source>
        <translation>Fehlgeschlagene Prüfungen der ausgewählten Verbindung</translation>
    </message>
    <message>
        <source>Check the selected network connection again</source>
        <translation>Die ausgewählte Netzwerkverbindung erneut prüfen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Error type</source>
        <translation>Fehlertyp</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Empfohlene Maßnahme</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cloud PCs</source>
        <translation>Cloud-PCs</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>count (share)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln Cloud PC(s), %2 of all</source>
        <translation>
            <numerusform>%1: %Ln Cloud-PC, %2 aller</numerusform>
            <numerusform>%1: %Ln Cloud-PCs, %2 aller</numerusform>
        </translation>
    </message>
    <message>
        <source>Provisioning policy</source>
        <translation>Bereitstellungsrichtlinie</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1 failed of %2</source>
        <translation>%1 von %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2 provisioned, %3 failed, %4 other</source>
        <translation>%1: %2 bereitgestellt, %3 fehlgeschlagen, %4 andere</translation>
    </message>
    <message>
        <source>provisioned</source>
        <translation>bereitgestellt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Network connections</source>
        <translation>Netzwerkverbindungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Failed Cloud PCs</source>
        <translation>Fehlgeschlagene Cloud-PCs</translation>
    </message>
    <message>
        <source>Failed checks of %1: %2</source>
        <translation>Fehlgeschlagene Prüfungen von %1: %2</translation>
    </message>
    <message>
        <source>Health checks: %1</source>
        <translation>Integritätsprüfungen: %1</translation>
    </message>
    <message>
        <source>Last result: %1</source>
        <translation>Letztes Ergebnis: %1</translation>
    </message>
    <message>
        <source>Health checks: asked to run</source>
        <translation>Integritätsprüfungen: angefordert</translation>
    </message>
    <message>
        <source>Users with service provisioning errors: &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>Benutzer mit Dienstbereitstellungsfehlern: &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Open the users tab</source>
        <translation>Registerkarte Benutzer öffnen</translation>
    </message>
    <message>
        <source>Bulk actions that failed: &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>Fehlgeschlagene Massenaktionen: &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Open the bulk actions tab</source>
        <translation>Registerkarte Massenaktionen öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) with service provisioning errors</source>
        <translation>
            <numerusform>%Ln Benutzer mit Dienstbereitstellungsfehlern</numerusform>
            <numerusform>%Ln Benutzer mit Dienstbereitstellungsfehlern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bulk action(s) failed</source>
        <translation>
            <numerusform>%Ln Massenaktion fehlgeschlagen</numerusform>
            <numerusform>%Ln Massenaktionen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry provisioning of %1</source>
        <translation>Bereitstellung von %1 erneut versuchen</translation>
    </message>
    <message>
        <source>Offered when the failures share one provisioning policy</source>
        <translation>Angeboten, wenn die Fehler eine Bereitstellungsrichtlinie gemeinsam haben</translation>
    </message>
    <message>
        <source>Offered when the failures come from an Azure network connection</source>
        <translation>Angeboten, wenn die Fehler von einer Azure-Netzwerkverbindung kommen</translation>
    </message>
    <message>
        <source>Run the health checks of %1</source>
        <translation>Integritätsprüfungen von %1 ausführen</translation>
    </message>
    <message>
        <source>Reprovision the failed ones…</source>
        <translation>Fehlgeschlagene erneut bereitstellen…</translation>
    </message>
    <message numerus="yes">
        <source>Reprovision the %Ln failed Cloud PC(s) of this cause</source>
        <translation>
            <numerusform>Den %Ln fehlgeschlagenen Cloud-PC dieser Ursache erneut bereitstellen</numerusform>
            <numerusform>Die %Ln fehlgeschlagenen Cloud-PCs dieser Ursache erneut bereitstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Offered for failed Cloud PCs only: these are provisioned with warnings and work</source>
        <translation>Nur für fehlgeschlagene Cloud-PCs angeboten: diese sind mit Warnungen bereitgestellt und funktionieren</translation>
    </message>
</context>
<context>
    <name>ProvisioningErrorUserLoader</name>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>ProvisioningErrorUserModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>Benutzerprinzipalname</translation>
    </message>
    <message>
        <source>Service instance</source>
        <translation>Dienstinstanz</translation>
    </message>
    <message>
        <source>Error time</source>
        <translation>Fehlerzeitpunkt</translation>
    </message>
    <message>
        <source>Error detail</source>
        <translation>Fehlerdetails</translation>
    </message>
</context>
<context>
    <name>ProvisioningErrorUserPage</name>
    <message>
        <source>Filter users (Ctrl+F)</source>
        <translation>Benutzer filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter users with provisioning errors</source>
        <translation>Benutzer mit Bereitstellungsfehlern filtern</translation>
    </message>
    <message>
        <source>Users with provisioning errors</source>
        <translation>Benutzer mit Bereitstellungsfehlern</translation>
    </message>
    <message>
        <source>Provisioning error details</source>
        <translation>Details zum Bereitstellungsfehler</translation>
    </message>
    <message>
        <source>users with provisioning errors</source>
        <translation>Benutzer mit Bereitstellungsfehlern</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>Benutzerprinzipalname</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unresolved error</source>
        <translation>Ungelöster Fehler</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Service instance</source>
        <translation>Dienstinstanz</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <source>Error category</source>
        <translation>Fehlerkategorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Service provisioning is Microsoft 365 setting up the user object in its services (Exchange, SharePoint, Teams and others, named by each error&apos;s service instance). It is not Cloud PC provisioning: retrying it touches no Cloud PC.</source>
        <translation>Dienstbereitstellung heißt: Microsoft 365 richtet das Benutzerobjekt in seinen Diensten ein (Exchange, SharePoint, Teams und andere, benannt durch die Dienstinstanz jedes Fehlers). Das ist keine Cloud-PC-Bereitstellung: Eine Wiederholung berührt keinen Cloud-PC.</translation>
    </message>
    <message>
        <source>Users with service provisioning errors</source>
        <translation>Benutzer mit Fehlern der Dienstbereitstellung</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Worum es geht</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) with provisioning errors</source>
        <translation>
            <numerusform>%Ln Benutzer mit Bereitstellungsfehlern</numerusform>
            <numerusform>%Ln Benutzer mit Bereitstellungsfehlern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvisioningPolicyLoader</name>
    <message>
        <source>provisioning policy</source>
        <translation>Bereitstellungsrichtlinie</translation>
    </message>
</context>
<context>
    <name>ProvisioningPolicyModel</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln Gruppe</numerusform>
            <numerusform>%Ln Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the failed Cloud PCs of this policy (Enter)</source>
        <translation>Die fehlgeschlagenen Cloud-PCs dieser Richtlinie anzeigen (Eingabe)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Assigned groups</source>
        <translation>Zugewiesene Gruppen</translation>
    </message>
    <message>
        <source>Cloud PCs</source>
        <translation>Cloud-PCs</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ProvisioningPolicyPage</name>
    <message>
        <source>Show failed Cloud PCs</source>
        <translation>Fehlgeschlagene Cloud-PCs anzeigen</translation>
    </message>
    <message>
        <source>Filter policies (Ctrl+F)</source>
        <translation>Richtlinien filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter provisioning policies</source>
        <translation>Bereitstellungsrichtlinien filtern</translation>
    </message>
    <message>
        <source>Provisioning policies</source>
        <translation>Bereitstellungsrichtlinien</translation>
    </message>
    <message>
        <source>Provisioning policy details</source>
        <translation>Details der Bereitstellungsrichtlinie</translation>
    </message>
    <message>
        <source>Show the failed Cloud PCs of the selected policy</source>
        <translation>Die fehlgeschlagenen Cloud-PCs der ausgewählten Richtlinie anzeigen</translation>
    </message>
    <message>
        <source>Open the Cloud PCs tab filtered to this policy&apos;s failed Cloud PCs (Enter)</source>
        <translation>Den Tab „Cloud-PCs“ gefiltert auf die fehlgeschlagenen Cloud-PCs dieser Richtlinie öffnen (Eingabe)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln provisioning policy(s)</source>
        <translation>
            <numerusform>%Ln Bereitstellungsrichtlinie</numerusform>
            <numerusform>%Ln Bereitstellungsrichtlinien</numerusform>
        </translation>
    </message>
    <message>
        <source>provisioning policies</source>
        <translation>Bereitstellungsrichtlinien</translation>
    </message>
    <message numerus="yes">
        <source>Show %Ln failed Cloud PC(s)</source>
        <translation>
            <numerusform>%Ln fehlgeschlagenen Cloud-PC anzeigen</numerusform>
            <numerusform>%Ln fehlgeschlagene Cloud-PCs anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Provisioning type</source>
        <translation>Bereitstellungstyp</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>Imagetyp</translation>
    </message>
    <message>
        <source>Image id</source>
        <translation>Image-ID</translation>
    </message>
    <message>
        <source>Cloud PCs</source>
        <translation>Cloud-PCs</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Assigned groups</source>
        <translation>Zugewiesene Gruppen</translation>
    </message>
    <message>
        <source>Naming template</source>
        <translation>Benennungsvorlage</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation>Einmaliges Anmelden</translation>
    </message>
    <message>
        <source>Local admin</source>
        <translation>Lokaler Administrator</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Toleranzperiode</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln Stunde</numerusform>
            <numerusform>%Ln Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation>Verwaltet von</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>None of this policy&apos;s Cloud PCs has failed.</source>
        <translation>Keiner der Cloud-PCs dieser Richtlinie ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cloud PC Console</source>
        <translation>Cloud PC Console</translation>
    </message>
    <message>
        <source>The demo emulator could not listen on 127.0.0.1.</source>
        <translation>Der Demo-Emulator konnte nicht an 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>Demo tenant (emulator at %1)</source>
        <translation>Demo-Mandant (Emulator unter %1)</translation>
    </message>
    <message>
        <source>The demo sign-in emulator could not listen on 127.0.0.1.</source>
        <translation>Der Anmelde-Emulator der Demo konnte nicht an 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>Unknown cloud &apos;%1&apos;: use global, usgov, usgovdod or china.</source>
        <translation>Unbekannte Cloud „%1“: Verwenden Sie global, usgov, usgovdod oder china.</translation>
    </message>
    <message>
        <source>%1 · Token from CLOUDPC_ACCESS_TOKEN</source>
        <translation>%1 · Token aus CLOUDPC_ACCESS_TOKEN</translation>
    </message>
</context>
<context>
    <name>ReprovisionDialog</name>
    <message>
        <source>Reprovision %1</source>
        <translation>%1 erneut bereitstellen</translation>
    </message>
    <message numerus="yes">
        <source>Reprovision %Ln Cloud PCs</source>
        <translation>
            <numerusform>%Ln Cloud-PC erneut bereitstellen</numerusform>
            <numerusform>%Ln Cloud-PCs erneut bereitstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Aktuelle beibehalten</translation>
    </message>
    <message>
        <source>Windows 11</source>
        <translation>Windows 11</translation>
    </message>
    <message>
        <source>Windows 10</source>
        <translation>Windows 10</translation>
    </message>
    <message>
        <source>Operating system after reprovisioning</source>
        <translation>Betriebssystem nach der erneuten Bereitstellung</translation>
    </message>
    <message>
        <source>Standard user</source>
        <translation>Standardbenutzer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>User account type after reprovisioning</source>
        <translation>Benutzerkontotyp nach der erneuten Bereitstellung</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation>&amp;Betriebssystem:</translation>
    </message>
    <message>
        <source>User &amp;account type:</source>
        <translation>Benutzer&amp;kontotyp:</translation>
    </message>
    <message>
        <source>Cloud PCs to reprovision</source>
        <translation>Erneut bereitzustellende Cloud-PCs</translation>
    </message>
    <message>
        <source>Type the number of Cloud PCs to confirm</source>
        <translation>Anzahl der Cloud-PCs zur Bestätigung eingeben</translation>
    </message>
    <message>
        <source>To confirm, type the number of Cloud PCs (%1):</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Cloud-PCs ein (%1):</translation>
    </message>
    <message>
        <source>Reprovisioning progress</source>
        <translation>Fortschritt der erneuten Bereitstellung</translation>
    </message>
    <message>
        <source>Outcome per Cloud PC</source>
        <translation>Ergebnis je Cloud-PC</translation>
    </message>
    <message>
        <source>&amp;Reprovision</source>
        <translation>&amp;Erneut bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Reprovision %1 Cloud PCs</source>
        <translation>%1 Cloud-PCs &amp;erneut bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Fertig: %1.</translation>
    </message>
    <message>
        <source>Sending… %1 of %2 answered (%3).</source>
        <translation>Wird gesendet… %1 von %2 beantwortet (%3).</translation>
    </message>
    <message>
        <source>Working Cloud PCs selected</source>
        <translation>Funktionierende Cloud-PCs ausgewählt</translation>
    </message>
    <message>
        <source>Cloud PCs affected (%1): %2</source>
        <translation>Betroffene Cloud-PCs (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them work today (provisioned or in grace period): they are wiped too.</source>
        <translation>
            <numerusform>%Ln davon funktioniert heute (bereitgestellt oder in der Karenzzeit): Er wird ebenfalls gelöscht.</numerusform>
            <numerusform>%Ln davon funktionieren heute (bereitgestellt oder in der Karenzzeit): Sie werden ebenfalls gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the &amp;failed ones (%1)</source>
        <translation>Nur die &amp;fehlgeschlagenen (%1)</translation>
    </message>
    <message>
        <source>reprovision %1</source>
        <translation>%1 neu bereitstellen</translation>
    </message>
    <message>
        <source>To confirm, type &quot;%1&quot;:</source>
        <translation>Geben Sie zur Bestätigung „%1“ ein:</translation>
    </message>
    <message>
        <source>Type the phrase to confirm</source>
        <translation>Den Satz zur Bestätigung eingeben</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Reprovisioning wipes %Ln Cloud PC(s) and rebuilds them&lt;/b&gt; from the image of their provisioning policy. Everything stored on them is lost, and their users are signed out until it ends (about an hour). It cannot be undone.</source>
        <translation>
            <numerusform>&lt;b&gt;Die erneute Bereitstellung löscht %Ln Cloud-PC und erstellt ihn neu&lt;/b&gt;, aus dem Image seiner Bereitstellungsrichtlinie. Alles, was darauf gespeichert ist, geht verloren, und sein Benutzer ist bis zum Abschluss (etwa eine Stunde) abgemeldet. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>&lt;b&gt;Die erneute Bereitstellung löscht %Ln Cloud-PCs und erstellt sie neu&lt;/b&gt;, aus dem Image ihrer Bereitstellungsrichtlinie. Alles, was darauf gespeichert ist, geht verloren, und ihre Benutzer sind bis zum Abschluss (etwa eine Stunde) abgemeldet. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResizeDialog</name>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>Größe von %1 ändern</translation>
    </message>
    <message numerus="yes">
        <source>Resize %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Größe von %Ln Cloud-PC ändern</numerusform>
            <numerusform>Größe von %Ln Cloud-PCs ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the tenant&apos;s service plans…</source>
        <translation>Die Servicepläne des Mandanten werden geladen…</translation>
    </message>
    <message>
        <source>Loading service plans</source>
        <translation>Servicepläne werden geladen</translation>
    </message>
    <message>
        <source>Why the service plans could not be loaded</source>
        <translation>Warum die Servicepläne nicht geladen werden konnten</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Service plan</source>
        <translation>Serviceplan</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>User profile</source>
        <translation>Benutzerprofil</translation>
    </message>
    <message>
        <source>Service plans to resize to</source>
        <translation>Servicepläne, auf die umgestellt werden kann</translation>
    </message>
    <message>
        <source>Cloud PCs left out</source>
        <translation>Ausgelassene Cloud-PCs</translation>
    </message>
    <message>
        <source>Type the number of Cloud PCs to confirm</source>
        <translation>Anzahl der Cloud-PCs zur Bestätigung eingeben</translation>
    </message>
    <message>
        <source>&amp;Resize</source>
        <translation>&amp;Größe ändern</translation>
    </message>
    <message>
        <source>A service plan Graph sent is not an object; it is left out.</source>
        <translation>Ein von Graph gesendeter Serviceplan ist kein Objekt; er wird ausgelassen.</translation>
    </message>
    <message>
        <source>The service plans could not be loaded, so no plan can be offered: %1</source>
        <translation>Die Servicepläne konnten nicht geladen werden, daher kann kein Plan angeboten werden: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1 %2</source>
        <translation>HTTP-Status: %1 %2</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anforderungs-ID: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>%1: its service plan (%2) is not among the tenant&apos;s service plans.</source>
        <translation>%1: Sein Serviceplan (%2) ist nicht unter den Serviceplänen des Mandanten.</translation>
    </message>
    <message>
        <source>%1 is on %2, a plan of another type (%3, %4) than the others: resize it on its own.</source>
        <translation>%1 läuft mit %2, einem Plan eines anderen Typs (%3, %4) als die übrigen: Ändern Sie seine Größe separat.</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message numerus="yes">
        <source>The current plan of %Ln of the selected Cloud PC(s): it cannot be chosen.</source>
        <translation>
            <numerusform>Der aktuelle Plan von %Ln der ausgewählten Cloud-PCs: Er kann nicht gewählt werden.</numerusform>
            <numerusform>Der aktuelle Plan von %Ln der ausgewählten Cloud-PCs: Er kann nicht gewählt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Resizing restarts %Ln Cloud PC(s)&lt;/b&gt; on the chosen plan&apos;s size. Their users are disconnected and lose what they did not save; each is unavailable until its resize ends.</source>
        <translation>
            <numerusform>&lt;b&gt;Die Größenänderung startet %Ln Cloud-PC neu&lt;/b&gt;, mit der Größe des gewählten Plans. Seine Benutzer werden getrennt und verlieren, was sie nicht gespeichert haben; er ist bis zum Ende der Größenänderung nicht verfügbar.</numerusform>
            <numerusform>&lt;b&gt;Die Größenänderung startet %Ln Cloud-PCs neu&lt;/b&gt;, mit der Größe des gewählten Plans. Ihre Benutzer werden getrennt und verlieren, was sie nicht gespeichert haben; jeder ist bis zum Ende seiner Größenänderung nicht verfügbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected Cloud PCs can be resized.</source>
        <translation>Bei keinem der ausgewählten Cloud-PCs kann die Größe geändert werden.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Choose the service plan for %Ln Cloud PC(s) (%1 plans, %2):</source>
        <translation>
            <numerusform>Serviceplan für %Ln Cloud-PC &amp;wählen (%1-Pläne, %2):</numerusform>
            <numerusform>Serviceplan für %Ln Cloud-PCs &amp;wählen (%1-Pläne, %2):</numerusform>
        </translation>
    </message>
    <message>
        <source>any provisioning type</source>
        <translation>beliebiger Bereitstellungstyp</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s) of other types are not offered: a Cloud PC is resized within its plan&apos;s type.</source>
        <translation>
            <numerusform>%Ln Plan anderen Typs wird nicht angeboten: Die Größe eines Cloud-PCs wird innerhalb des Typs seines Plans geändert.</numerusform>
            <numerusform>%Ln Pläne anderer Typen werden nicht angeboten: Die Größe eines Cloud-PCs wird innerhalb des Typs seines Plans geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln service plan(s) Graph sent could not be read and are not offered.</source>
        <translation>
            <numerusform>%Ln von Graph gesendeter Serviceplan konnte nicht gelesen werden und wird nicht angeboten.</numerusform>
            <numerusform>%Ln von Graph gesendete Servicepläne konnten nicht gelesen werden und werden nicht angeboten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected Cloud PC(s) are left out:</source>
        <translation>
            <numerusform>%Ln ausgewählter Cloud-PC wird ausgelassen:</numerusform>
            <numerusform>%Ln ausgewählte Cloud-PCs werden ausgelassen:</numerusform>
        </translation>
    </message>
    <message>
        <source>To confirm, type the number of Cloud PCs (%1):</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Cloud-PCs ein (%1):</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Resize %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Größe von %Ln Cloud-PC &amp;ändern</numerusform>
            <numerusform>Größe von %Ln Cloud-PCs &amp;ändern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the restore point %1 returns to.</source>
        <translation>Wählen Sie den Wiederherstellungspunkt, zu dem %1 zurückkehrt.</translation>
    </message>
    <message>
        <source>Reading the restore points of %1…</source>
        <translation>Die Wiederherstellungspunkte von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the restore points</source>
        <translation>Wiederherstellungspunkte werden gelesen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>Wiederherstellungspunkte</translation>
    </message>
    <message>
        <source>%1 returns to the state it was in at the chosen restore point. Everything done on it after that moment (files, installed apps, settings) is lost, and its user is disconnected while it is restored. Restore points newer than the chosen one are kept.</source>
        <translation>%1 kehrt in den Zustand des gewählten Wiederherstellungspunkts zurück. Alles, was danach auf ihm getan wurde (Dateien, installierte Apps, Einstellungen), geht verloren, und sein Benutzer wird während der Wiederherstellung getrennt. Neuere Wiederherstellungspunkte als der gewählte bleiben erhalten.</translation>
    </message>
    <message>
        <source>I understand that the work done on %1 after this restore point is lost</source>
        <translation>Mir ist klar, dass die Arbeit auf %1 nach diesem Wiederherstellungspunkt verloren geht</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>%1 has no restore points: there is nothing to restore it to.</source>
        <translation>%1 hat keine Wiederherstellungspunkte: Es gibt nichts, worauf er zurückgesetzt werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln restore point(s), newest first.</source>
        <translation>
            <numerusform>%Ln Wiederherstellungspunkt, neuester zuerst.</numerusform>
            <numerusform>%Ln Wiederherstellungspunkte, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore point %1</source>
        <translation>Wiederherstellungspunkt %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <source>Last restored: %1</source>
        <translation>Zuletzt wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Its health check failed: the Cloud PC may not work as expected after a restore to it.</source>
        <translation>Seine Integritätsprüfung ist fehlgeschlagen: Der Cloud-PC funktioniert nach einer Wiederherstellung darauf möglicherweise nicht wie erwartet.</translation>
    </message>
    <message>
        <source>The restore points of %1 could not be read: %2</source>
        <translation>Die Wiederherstellungspunkte von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Request-id: %1</source>
        <translation>Anforderungs-ID: %1</translation>
    </message>
</context>
<context>
    <name>ReviewStatusDialog</name>
    <message>
        <source>&amp;Place under review</source>
        <translation>Zur Überprüfung &amp;stellen</translation>
    </message>
    <message>
        <source>&amp;End the review</source>
        <translation>Überprüfung &amp;beenden</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Überprüfungsstatus</translation>
    </message>
    <message numerus="yes">
        <source>A Cloud PC under review has a snapshot taken to an Azure storage account for investigation; its user&apos;s access can be restricted meanwhile. %Ln Cloud PC(s):</source>
        <translation>
            <numerusform>Von einem Cloud-PC in Überprüfung wird eine Momentaufnahme zur Untersuchung in einem Azure-Speicherkonto abgelegt; der Zugriff seines Benutzers kann währenddessen eingeschränkt werden. %Ln Cloud-PC:</numerusform>
            <numerusform>Von einem Cloud-PC in Überprüfung wird eine Momentaufnahme zur Untersuchung in einem Azure-Speicherkonto abgelegt; der Zugriff seines Benutzers kann währenddessen eingeschränkt werden. %Ln Cloud-PCs:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cloud PCs concerned</source>
        <translation>Betroffene Cloud-PCs</translation>
    </message>
    <message>
        <source>Current review status</source>
        <translation>Aktueller Überprüfungsstatus</translation>
    </message>
    <message>
        <source>Reading the review status…</source>
        <translation>Überprüfungsstatus wird gelesen…</translation>
    </message>
    <message>
        <source>Shown when one Cloud PC is selected.</source>
        <translation>Wird angezeigt, wenn ein einzelner Cloud-PC ausgewählt ist.</translation>
    </message>
    <message>
        <source>As it is now</source>
        <translation>Wie bisher</translation>
    </message>
    <message>
        <source>Unrestricted</source>
        <translation>Uneingeschränkt</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>/subscriptions/…/resourceGroups/…/providers/Microsoft.Storage/storageAccounts/…</source>
        <translation>/subscriptions/…/resourceGroups/…/providers/Microsoft.Storage/storageAccounts/…</translation>
    </message>
    <message>
        <source>User access:</source>
        <translation>Benutzerzugriff:</translation>
    </message>
    <message>
        <source>Storage account:</source>
        <translation>Speicherkonto:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Not under review.</source>
        <translation>Nicht in Überprüfung.</translation>
    </message>
    <message>
        <source>Under review since %1.</source>
        <translation>In Überprüfung seit %1.</translation>
    </message>
    <message>
        <source>Under review.</source>
        <translation>In Überprüfung.</translation>
    </message>
    <message>
        <source>User access: restricted.</source>
        <translation>Benutzerzugriff: eingeschränkt.</translation>
    </message>
    <message>
        <source>User access: unrestricted.</source>
        <translation>Benutzerzugriff: uneingeschränkt.</translation>
    </message>
    <message>
        <source>User access: %1.</source>
        <translation>Benutzerzugriff: %1.</translation>
    </message>
    <message>
        <source>Storage account: %1</source>
        <translation>Speicherkonto: %1</translation>
    </message>
    <message>
        <source>Subscription: %1</source>
        <translation>Abonnement: %1</translation>
    </message>
    <message>
        <source>The current review status could not be read: %1</source>
        <translation>Der aktuelle Überprüfungsstatus konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected Cloud PC(s) are left out:</source>
        <translation>
            <numerusform>%Ln ausgewählter Cloud-PC wird ausgelassen:</numerusform>
            <numerusform>%Ln ausgewählte Cloud-PCs werden ausgelassen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>S&amp;witch account</source>
        <translation>Konto &amp;wechseln</translation>
    </message>
    <message>
        <source>Sign-in notice</source>
        <translation>Anmeldehinweis</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Angemeldetes Konto</translation>
    </message>
    <message>
        <source>Your organization&apos;s access policy (Conditional Access) asks you to sign in again.</source>
        <translation>Die Zugriffsrichtlinie Ihrer Organisation (bedingter Zugriff) verlangt eine erneute Anmeldung.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Signed out; the account&apos;s saved sign-in was removed.</source>
        <translation>Abgemeldet; die gespeicherte Anmeldung des Kontos wurde entfernt.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Not signed in. Click to sign in.</source>
        <translation>Nicht angemeldet. Zum Anmelden klicken.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (signing in…)</source>
        <translation>%1 (Anmeldung läuft…)</translation>
    </message>
    <message>
        <source>%1 (sign in again)</source>
        <translation>%1 (erneut anmelden)</translation>
    </message>
    <message>
        <source>%1 (not signed in)</source>
        <translation>%1 (nicht angemeldet)</translation>
    </message>
    <message>
        <source>Tenant: %1 (%2)</source>
        <translation>Mandant: %1 (%2)</translation>
    </message>
    <message>
        <source>Cloud: %1</source>
        <translation>Cloud: %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation>&amp;Erneut anmelden…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign in with a&amp;nother account…</source>
        <translation>Mit einem a&amp;nderen Konto anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Forget this account and remove its saved sign-in from this computer</source>
        <translation>Dieses Konto vergessen und seine gespeicherte Anmeldung von diesem Computer entfernen</translation>
    </message>
    <message>
        <source>You are not signed in: sign in to see your tenant&apos;s Cloud PCs.</source>
        <translation>Sie sind nicht angemeldet: Melden Sie sich an, um die Cloud-PCs Ihres Mandanten zu sehen.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The saved sign-in could not be renewed: %1</source>
        <translation>Die gespeicherte Anmeldung konnte nicht erneuert werden: %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation>&amp;Details kopieren</translation>
    </message>
    <message>
        <source>Sign in with &amp;browser</source>
        <translation>Mit &amp;Browser anmelden</translation>
    </message>
    <message>
        <source>Sign in with a &amp;code</source>
        <translation>Mit einem &amp;Code anmelden</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>&amp;Adresse kopieren</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Sign in – Cloud PC Console</source>
        <translation>Anmelden – Cloud PC Console</translation>
    </message>
    <message>
        <source>Sign in to Microsoft Entra ID</source>
        <translation>Bei Microsoft Entra ID anmelden</translation>
    </message>
    <message>
        <source>Use a work or school account that manages Windows 365, such as a Windows 365 Administrator or an Intune Administrator. The sign-in page opens in your web browser, so passkeys and multifactor authentication work as usual.</source>
        <translation>Verwenden Sie ein Geschäfts-, Schul- oder Unikonto, das Windows 365 verwaltet, etwa als Windows 365-Administrator oder Intune-Administrator. Die Anmeldeseite öffnet sich in Ihrem Webbrowser, sodass Passkeys und mehrstufige Authentifizierung wie gewohnt funktionieren.</translation>
    </message>
    <message>
        <source>“organizations” for any work or school account, a domain such as contoso.onmicrosoft.com, or a tenant ID.</source>
        <translation>„organizations“ für ein beliebiges Geschäfts-, Schul- oder Unikonto, eine Domäne wie contoso.onmicrosoft.com oder eine Mandanten-ID.</translation>
    </message>
    <message>
        <source>The application that signs in. Empty: Microsoft Graph Command Line Tools.</source>
        <translation>Die Anwendung, die sich anmeldet. Leer: Microsoft Graph Command Line Tools.</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Opens the Microsoft sign-in page in your web browser</source>
        <translation>Öffnet die Microsoft-Anmeldeseite in Ihrem Webbrowser</translation>
    </message>
    <message>
        <source>Shows a code to enter on a sign-in page, on this or another device</source>
        <translation>Zeigt einen Code an, der auf einer Anmeldeseite einzugeben ist, auf diesem oder einem anderen Gerät</translation>
    </message>
    <message>
        <source>Copy the sign-in address, to open it in a browser yourself</source>
        <translation>Die Anmeldeadresse kopieren, um sie selbst in einem Browser zu öffnen</translation>
    </message>
    <message>
        <source>Copy the error with its trace and correlation IDs, for a support case</source>
        <translation>Den Fehler mit seinen Ablaufverfolgungs- und Korrelations-IDs für einen Supportfall kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Waiting for the sign-in with a code…</source>
        <translation>Warten auf die Anmeldung mit einem Code…</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Finish signing in in your web browser; the console continues by itself. If no browser appeared, copy the address below and open it in a browser on this computer.</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Webbrowser ab; die Konsole fährt dann von selbst fort. Falls kein Browser erschienen ist, kopieren Sie die Adresse unten und öffnen Sie sie in einem Browser auf diesem Computer.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Copy the sign-in address and open it in a browser on this computer; the console continues by itself. Or cancel and sign in with a code.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Kopieren Sie die Anmeldeadresse und öffnen Sie sie in einem Browser auf diesem Computer; die Konsole fährt dann von selbst fort. Oder brechen Sie ab und melden Sie sich mit einem Code an.</translation>
    </message>
</context>
<context>
    <name>TokenCache</name>
    <message>
        <source>The system keychain is not available, so the sign-in tokens will not be remembered after the console closes.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher werden die Anmeldetoken nach dem Schließen der Konsole nicht gespeichert.</translation>
    </message>
</context>
</TS>
