/** Texte der geführten Tour (Aufbau und Ziele: ../tour.ts), nach Kapitel und Station. */
import type { TourTexts } from '../types';

export const tour: TourTexts = {
  button: 'Tour',
  buttonTitle: 'Eine geführte Tour durch alle Themen eines Trainingslaufs',
  heading: 'Geführte Tour',
  chapter: 'Kapitel',
  stop: 'Station',
  position: 'Station {n} von {total}',
  previous: 'Zurück',
  next: 'Weiter',
  close: 'Tour schließen',
  goThere: 'Am laufenden Training zeigen',
  coming: 'Folgt: Das Labor zeigt dies noch nicht am laufenden Training.',
  notShown:
    'Dieses Bedienelement ist für die aktuelle Aufgabe oder Einstellung ausgeblendet: Wählen Sie in der Seitenleiste eine andere Aufgabe oder Option, um es zu sehen.',
  chapters: {
    components: 'Die neun Bestandteile eines Trainingslaufs',
    technical: 'Technische Aspekte',
    efficiency: 'Optimierung und Effizienz',
    governance: 'Dokumentation und Governance',
    practice: 'Forschung und Praxis in der Industrie',
  },
  stops: {
    initialization: {
      title: 'Initialisierung',
      text: 'Vor dem ersten Schritt erhält jedes Gewicht einen zufälligen Startwert, gezogen nach einem Schema wie Glorot oder He, das Aktivierungen und Gradienten in einer brauchbaren Größenordnung hält. Der Seed legt die Ziehung fest, sodass sich ein Lauf exakt wiederholen lässt.',
    },
    dataLoading: {
      title: 'Datenverarbeitung und Batching',
      text: 'Jeder Schritt nimmt den nächsten Batch von Beispielen aus den gemischten Trainingsdaten. Eine Epoche endet, wenn jedes Beispiel einmal verwendet wurde; dann werden die Daten neu gemischt.',
    },
    forwardPass: {
      title: 'Forward Pass',
      text: 'Der Batch fließt durch die Schichten: Jede multipliziert mit ihren Gewichten, addiert ihren Bias und wendet ihre Aktivierungsfunktion an. Die letzte Schicht liefert die Logits (bei einer Regression den vorhergesagten Wert).',
    },
    loss: {
      title: 'Verlustberechnung',
      text: 'Die Verlustfunktion macht aus Vorhersagen und wahren Labels eine einzige Zahl, die minimiert wird: Kreuzentropie für Klassen, mittlerer quadratischer Fehler für Zahlen. Sie ist der Mittelwert über die Beispiele des Batches.',
    },
    backwardPass: {
      title: 'Backward Pass',
      text: 'Die Backpropagation wendet die Kettenregel vom Verlust zurück bis zu jedem Gewicht an und gibt jedem Parameter seinen Gradienten: wie sich der Verlust ändert, wenn sich dieses Gewicht ein wenig ändert. Er kostet etwa doppelt so viele FLOPs wie der Forward Pass.',
    },
    weightUpdate: {
      title: 'Gewichtsaktualisierung',
      text: 'Der Optimierer verschiebt jedes Gewicht entgegen seinem Gradienten, skaliert mit der Lernrate. Momentum und Adam führen zusätzlich einen Zustand über die Schritte (gleitende Mittel der Gradienten), den das Panel der Aktualisierung vorher und nachher zeigt.',
    },
    evaluation: {
      title: 'Evaluierung',
      text: 'In Abständen wird das Modell auf Validierungsdaten gemessen, mit denen es nie trainiert. Der Abstand zwischen Trainings- und Validierungsverlust zeigt, ob es generalisiert oder überanpasst.',
    },
    checkpointSaving: {
      title: 'Checkpoint-Speicherung',
      text: 'Ein Checkpoint speichert die Gewichte, den Zustand des Optimierers, die Position in den Daten und die Zufallsgeneratoren, sodass ein Lauf genau dort weitergehen kann. Das Labor schreibt sie in den Speicher dieses Browsers.',
    },
    stoppingCriteria: {
      title: 'Abbruchkriterien',
      text: 'Ein Lauf endet, sobald ein Kriterium greift: eine Höchstzahl an Schritten, Epochen oder Zeit, eine Zielmetrik, Early Stopping, wenn sich die Validierung nicht mehr verbessert, oder ein divergierender oder nicht endlicher Verlust. Der Lauf nennt das Kriterium, das zuerst gegriffen hat.',
    },
    computeResources: {
      title: 'Rechenressourcen',
      text: 'Ein Lauf braucht eine bestimmte Zahl an Gleitkommaoperationen, bei einem Transformer etwa 6 × Parameter × Tokens. Die Ansicht „Skalierung“ rechnet die FLOPs dieses Laufs in Zeit auf echten Beschleunigern bei realistischer Auslastung (MFU) um.',
    },
    distributedTraining: {
      title: 'Verteiltes Training',
      text: 'Große Läufe verteilen die Arbeit auf viele Geräte: Datenparallelität gibt jedem einen Teil des Batches und mittelt die Gradienten per All-Reduce; ZeRO verteilt Optimiererzustand, Gradienten und Gewichte. Das Feld „Worker (datenparallel)“ teilt jeden Batch dieses Laufs auf 1 bis 8 simulierte Worker auf: Das Backward-Panel zeigt jeden Teil, seinen lokalen Verlust und Gradienten und das All-Reduce; die Ansicht „Skalierung“ schätzt dasselbe für große Modelle.',
    },
    hyperparameters: {
      title: 'Konfiguration der Hyperparameter',
      text: 'Lernrate, Batch-Größe, Optimierer, Zeitplan und Modellgröße entscheiden über den Verlauf eines Trainings. Die Seitenleiste enthält sie alle, und ihre Konfigurationsdatei speichert und lädt den ganzen Satz, Feld für Feld geprüft.',
    },
    dataPipeline: {
      title: 'Datenpipeline',
      text: 'Die Pipeline liest, prüft, mischt und bündelt die Daten, damit der Beschleuniger nie warten muss. Hier legt die Batch-Größe fest, wie viele Beispiele jeder Schritt sieht; die Tabellenaufgabe lädt auch eine eigene CSV-Datei.',
    },
    memoryManagement: {
      title: 'Speicherverwaltung',
      text: 'Ein Schritt hält die Gewichte, ihre Gradienten, den Optimiererzustand und die Aktivierungen, die der Backward Pass braucht. Die Ansicht „Skalierung“ schlüsselt das pro Gerät auf und zeigt, was Gradient Checkpointing und ZeRO einsparen.',
    },
    monitoring: {
      title: 'Überwachung',
      text: 'Verlust- und Genauigkeitskurven zeigen den Zustand eines Laufs auf einen Blick: Der Trainingsverlust sollte fallen, der Validierungsverlust folgen. Live-Änderungen eines Hyperparameters sind auf den Kurven an ihrem Schritt markiert.',
    },
    automatedResumption: {
      title: 'Automatische Wiederaufnahme',
      text: 'Lange Läufe erleben abgestürzte Worker, verlorene Geräte und neu geladene Seiten. Mit automatischer Wiederaufnahme startet das Labor vom letzten Checkpoint neu; über das Fehlermenü in der oberen Leiste lässt sich ein solcher Fehler absichtlich auslösen.',
    },
    mixedPrecision: {
      title: 'Gemischte Präzision',
      text: 'Rechnen mit 16-Bit-Gleitkommazahlen und 32-Bit-Mastergewichten halbiert den Speicherverkehr und nutzt Tensor Cores; Loss Scaling bewahrt kleine Gradienten vor dem Unterlauf. Das Feld „Genauigkeit“ simuliert fp16 oder bf16 in diesem Lauf (Werte in 32-Bit-Tensoren gerundet) mit einem echten dynamischen Loss Scaler; Backward- und Update-Panel zeigen Skalierung, übersprungene Schritte und Unterlauf.',
    },
    gradientAccumulation: {
      title: 'Gradientenakkumulation',
      text: 'Werden die Gradienten mehrerer Micro-Batches vor einer Aktualisierung summiert, wirkt das wie ein größerer Batch ohne dessen Speicherbedarf. Der effektive Batch ist die Batch-Größe mal die Zahl der Micro-Batches.',
    },
    efficientArchitectures: {
      title: 'Effiziente Architekturen',
      text: 'Die Architektur bestimmt, wie viele Parameter und FLOPs jeder Schritt kostet: Eine Faltung teilt ihre Gewichte über das ganze Bild, Attention wächst mit dem Quadrat des Kontexts. Die Modellübersicht listet beides pro Schicht.',
    },
    lrSchedules: {
      title: 'Lernraten-Zeitpläne',
      text: 'Die Lernrate ändert sich oft während eines Laufs: ein Warm-up am Anfang, dann stufenweiser, exponentieller oder Kosinus-Abfall, oder eine Senkung, wenn der Validierungsverlust ein Plateau erreicht. Das Diagramm unter dem Feld zeigt den Zeitplan über den Lauf.',
    },
    earlyDetection: {
      title: 'Frühe Erkennung von Problemen',
      text: 'Verlustspitzen, Plateaus, Überanpassung und explodierende Gradienten lassen sich früh billiger abfangen als nach Tagen an Rechenzeit. Nach jeder Evaluierung prüfen Detektoren die Kurven und tragen Funde mit einer Abhilfe in die Zeitleiste ein.',
    },
    coOptimisation: {
      title: 'Hardware-Software-Co-Optimierung',
      text: 'Software wird um die Hardware herum gebaut: Hier fasst der Laufmodus die Phasen eines Schritts zu einem GPU-Programm zusammen und liest den Verlust nur alle k Schritte zurück, weil jedes Zurücklesen die GPU auf die Seite warten lässt. Je größer k, desto schneller der Lauf und desto später zeigt sich ein Problem.',
    },
    carbonFootprint: {
      title: 'CO2-Fußabdruck',
      text: 'Energie ist Leistung × Zeit × PUE des Rechenzentrums, Emissionen sind Energie × CO2-Intensität des Stromnetzes. Das Kostenpanel berechnet beides für diesen Lauf, mit jeder Annahme editierbar.',
    },
    experimentTracking: {
      title: 'Experiment-Tracking',
      text: 'Werkzeuge wie MLflow oder Weights & Biases halten Konfiguration, Metriken und Artefakte jedes Laufs fest, damit sich Läufe später vergleichen lassen. Die Ansicht „Läufe“ hält jeden Lauf dieses Browsers fest: eine Tabelle zum Sortieren, Markieren und Filtern, die Kurven von 2 bis 6 Läufen übereinander und die Einstellungen, die sich unterscheiden.',
    },
    modelCards: {
      title: 'Model Cards',
      text: 'Eine Model Card dokumentiert, wofür ein Modell gedacht ist, womit es trainiert wurde, wie gut es ist und wo es versagt (Mitchell et al. 2019). Das Labor exportiert eine für diesen Lauf, gefüllt mit seinen eigenen Zahlen.',
    },
    modelLineage: {
      title: 'Herkunft eines Modells',
      text: 'Die Herkunft (Lineage) hält fest, aus welchem Lauf und Checkpoint ein Modell entstand: fortgesetzt, mit geänderter Konfiguration abgezweigt, aus den Schichten eines anderen Laufs feinabgestimmt oder von vorn reproduziert. Die Läufe-Ansicht zeichnet sie als Graph, eine Generation pro Spalte, jede Kante mit ihrer Art und dem Schritt des Elternlaufs beschriftet; Abzweigen und Feinabstimmen im Checkpoint-Bereich fügen Kanten hinzu, und der Initialisierungsbereich eines feinabgestimmten Modells sagt, welche Schichten kopiert und welche neu gezogen wurden.',
    },
    reproducibility: {
      title: 'Reproduzierbarkeit',
      text: 'Gleicher Seed, gleiche Konfiguration und gleicher Code sollten denselben Lauf ergeben. Der Seed legt die Startgewichte, das Mischen und die Aufteilung der Daten fest; ein Checkpoint speichert auch den Zustand der Generatoren, sodass ein fortgesetzter Lauf identisch weiterläuft.',
    },
    compliance: {
      title: 'Compliance',
      text: 'Regeln wie der AI Act der EU verlangen für manche Modelle dokumentierte Trainingsdaten, Evaluierung, Energieverbrauch und Risikomanagement. Das Labor erstellt keinen Compliance-Bericht; das Prüfprotokoll jedes Laufs in der Ansicht „Läufe“, die Model Card und das Kostenpanel enthalten Angaben, die ein solcher Bericht braucht (Hashes von Daten und Gewichten, Konfiguration, Seed, Code-Version).',
    },
    resourceConsumption: {
      title: 'Ressourcenverbrauch',
      text: 'Rechenleistung, Zeit, Energie und Geld sind das Budget eines Laufs. Das Kostenpanel zählt FLOPs und Zeit dieses Laufs und vergleicht sie mit dem Training eines großen Modells.',
    },
    academicIndustrial: {
      title: 'Akademische und industrielle Läufe',
      text: 'Ein akademischer Lauf passt oft auf wenige GPUs und prüft eine Idee; ein industrieller umfasst Tausende Beschleuniger über Wochen, rund um die Uhr von Teams überwacht. Die Ansicht „Studien“ nennt für jede Studie ihren gesamten Rechenaufwand und ihre Zeit und rechnet hoch, wie lange dieselbe Studie im industriellen Maßstab auf jedem Beschleuniger der Hardwaretabelle der Ansicht „Skalierung“ bräuchte.',
    },
    scalingLaws: {
      title: 'Skalierungsgesetze',
      text: 'Der Verlust fällt nach einem Potenzgesetz in Parametern, Daten und Rechenaufwand (Kaplan et al. 2020; Hoffmann et al. 2022), sodass ein Team einen großen Lauf aus kleinen planen kann. In der Ansicht „Studien“ trainiert eine Skalierungsstudie das Namensmodell oder MNIST in mehreren Modell- und Datengrößen, passt L(N) = a·N^(−α) + c auf doppelt logarithmischen Achsen an und vergleicht ihre Exponenten und ihre Beispiele pro Parameter mit diesen Arbeiten.',
    },
    incrementalTraining: {
      title: 'Inkrementelles Training',
      text: 'Ein Modell beginnt selten bei null: Das Training geht von einem Checkpoint weiter, auf neuen Daten oder für eine neue Aufgabe. Die Checkpoint-Verwaltung stellt einen Lauf aus einem Checkpoint wieder her, lädt einen herunter und einen aus einer Datei.',
    },
    ablations: {
      title: 'Ablationsstudien',
      text: 'Eine Ablation entfernt oder ändert einen Teil (eine Schicht, eine Technik, eine Datenquelle) und misst, was er wert war. In der Ansicht „Studien“ schaltet eine Ablation eine Komponente nach der anderen ab (Momentum, den Lernraten-Zeitplan, Weight Decay, das Clipping, eine Schicht), trainiert jede Variante mit denselben 3 bis 5 Seeds und sagt, ob ihr Effekt größer ist als das Rauschen der Seeds.',
    },
    hardwareGenerations: {
      title: 'Hardware-Generationen',
      text: 'Jede Generation von Beschleunigern bringt mehr FLOPs, Speicher und Bandbreite sowie niedrigere Präzisionen. Die Ansicht „Skalierung“ setzt diesen Lauf auf mehrere Generationen von GPUs und TPUs, nach ihren Datenblättern.',
    },
    collaboration: {
      title: 'Zusammenarbeit',
      text: 'Teams teilen Konfigurationen, Checkpoints und Ergebnisse, damit andere einen Lauf prüfen und darauf aufbauen können. Die URL der Seite und ihre Konfigurationsdatei beschreiben diesen Lauf genau; wer eines davon weitergibt, stellt den Aufbau anderswo wieder her.',
    },
  },
};
