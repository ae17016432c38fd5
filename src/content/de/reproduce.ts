/** Texte zum Reproduzieren eines Laufs und zu seinem Prüfprotokoll (src/ui/runs/). */
import type { ReproduceTexts } from '../types';

export const reproduce: ReproduceTexts = {
  reproduce: 'Reproduzieren',
  reproduceLabel:
    'Lauf {name} reproduzieren: Konfiguration, Seed und Daten noch einmal von vorn trainieren',
  reproduceHelp:
    'Startet einen neuen Lauf mit Konfiguration, Seed und Daten dieses Laufs und vergleicht seine Trainingsverluste Bit für Bit mit den aufgezeichneten.',
  reproduceNotReady: 'Die Engine startet noch: Warten Sie, bis sie bereit ist.',
  reproduceReadOnly:
    'Dieser Tab zeigt den Lauf eines anderen Tabs nur zum Lesen: Starten Sie hier zuerst einen neuen Lauf (Reset), um einen zu reproduzieren.',
  otherData:
    'Lauf {name} wurde auf Ihrem eigenen Datensatz „{dataset}“ (Inhalts-Hash {hash}) trainiert, und der ist gerade nicht geladen. Laden Sie diese Datei erneut (Bereich Datensatz) und drücken Sie dann Reproduzieren.',
  configInvalid:
    'Die aufgezeichnete Konfiguration von {name} ist in dieser App-Version ungültig (Felder: {fields}): Sie lässt sich hier nicht noch einmal trainieren.',
  started:
    'Reproduktion von {name}: Der neue Lauf trainiert dieselbe Konfiguration mit demselben Seed von vorn.',
  pending:
    'Reproduktion von {name}: Bisher {compared} Trainingsverluste verglichen, alle bitgleich; der aufgezeichnete Lauf kam bis Schritt {target}.',
  identical:
    'Reproduziert: Alle {compared} Trainingsverluste, die beide Läufe von {name} aufgezeichnet haben (bis Schritt {last}), sind bitgleich (float32).',
  nothingCompared:
    'Die Reproduktion von {name} endete vor einem Trainingsverlust, den beide Läufe aufgezeichnet haben: Es gibt nichts zu vergleichen.',
  differs:
    'Nicht reproduziert: In Schritt {step} war der aufgezeichnete Trainingsverlust {recorded}, der des neuen Laufs ist {reproduced} ({compared} Verluste verglichen).',
  reasonsHeading: 'Wahrscheinlicher Grund:',
  reasonBackend:
    'ein anderes Backend (aufgezeichnet {recorded}, jetzt {now}): Seine Kernel summieren in anderer Reihenfolge',
  reasonAdapter:
    'ein anderer GPU-Adapter oder Browser (aufgezeichnet {recorded}, jetzt {now}): Andere Shader-Compiler runden anders',
  reasonAppVersion:
    'eine andere App-Version (aufgezeichnet {recorded}, jetzt {now}): Der Code, der trainiert, kann sich geändert haben',
  reasonSameSetup:
    'Backend, Adapter und App-Version sind dieselben: Wahrscheinlich rechnet ein Kernel auf diesem Gerät nicht deterministisch (parallele Summen in wechselnder Reihenfolge)',
  notFloat32:
    '{count} aufgezeichnete Verluste sind keine float32-Zahlen (gerundet oder bearbeitet): Für sie lässt sich Bitgleichheit nicht zeigen.',
  reproducedFrom: 'reproduziert {name}',
  // Prüfprotokoll
  exportAudit: 'Prüfprotokoll exportieren',
  exportAuditLabel: 'Das Prüfprotokoll von Lauf {name} als JSON exportieren',
  auditPreparing: 'Das Prüfprotokoll von {name} wird erstellt (die Gewichte werden gehasht) …',
  auditDone: 'Prüfprotokoll von {name} als {fileName} gespeichert.',
  auditNoWeights:
    'Prüfprotokoll von {name} als {fileName} gespeichert, ohne Hash der Gewichte: Dieser Browser hat weder das Modell des Laufs noch einen Checkpoint davon.',
  auditNotFinal:
    'Prüfprotokoll von {name} als {fileName} gespeichert; der Hash der Gewichte ist der von Schritt {step} (dem letzten Checkpoint, oder der Lauf hat inzwischen weitertrainiert), nicht der des letzten aufgezeichneten Schritts {last}.',
  auditWhyHeading: 'Warum einen Lauf so dokumentieren?',
  auditWhy:
    'Einem trainierten Modell kann man nur so weit trauen wie der Auskunft darüber, wie es entstanden ist. Ein Prüfprotokoll hält diese Auskunft fest: welche Daten (ihr Hash), welche Einstellungen und welcher Seed, welche Code-Version, wann, was unterwegs schiefging und welche Gewichte herauskamen (ihr SHA-256). Wer dieselben Daten und Gewichte hat, kann prüfen, dass es die beschriebenen sind, und ein Lauf, der sich Bit für Bit reproduzieren lässt, zeigt, dass die Beschreibung vollständig ist. Solche Protokolle dienen der Reproduzierbarkeit in der Forschung, der Nachvollziehbarkeit im Team (wer hat was woraus trainiert) und der Dokumentation, die Regeln für KI-Systeme zunehmend von ihren Anbietern verlangen, etwa eine technische Dokumentation darüber, wie ein Modell entwickelt und trainiert wurde. Was eine bestimmte Regel im Einzelfall verlangt, klären ihr Wortlaut und eine Rechtsberatung; dieses Protokoll ist ein Ausgangspunkt, kein Zertifikat.',
};
