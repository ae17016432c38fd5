/** Texts of reproducing a run and of its audit record (src/ui/runs/): buttons, verdicts, teaching. */
export const reproduce = {
  reproduce: 'Reproduce',
  reproduceLabel: 'Reproduce run {name}: train its config, seed and data again from scratch',
  reproduceHelp:
    'Starts a new run with this run’s config, seed and data, and compares its training losses with the recorded ones bit for bit.',
  reproduceNotReady: 'The engine is still starting: wait until it is ready.',
  reproduceReadOnly:
    'This tab shows another tab’s run read-only: start a new run here first (Reset) to reproduce one.',
  otherData:
    'Run {name} trained on your own data set “{dataset}” (content hash {hash}), which is not the one loaded now. Load that file again (Data set panel), then press Reproduce.',
  configInvalid:
    'The recorded config of {name} is not valid in this app version (fields: {fields}): it cannot be trained again here.',
  started: 'Reproducing {name}: the new run trains the same config and seed from scratch.',
  pending:
    'Reproducing {name}: {compared} training losses compared so far, all bit-identical; the recorded run reached step {target}.',
  identical:
    'Reproduced {name}: all {compared} training losses both runs recorded (up to step {last}) are bit-identical (float32).',
  nothingCompared:
    'Reproducing {name} stopped before a training loss both runs recorded: nothing to compare.',
  differs:
    'Not reproduced: at step {step} the recorded training loss was {recorded}, the new run’s is {reproduced} ({compared} losses compared).',
  reasonsHeading: 'Likely reason:',
  reasonBackend:
    'another backend (recorded {recorded}, now {now}): its kernels sum in another order',
  reasonAdapter:
    'another GPU adapter or browser (recorded {recorded}, now {now}): other shader compilers round differently',
  reasonAppVersion:
    'another app version (recorded {recorded}, now {now}): the code that trains may have changed',
  reasonSameSetup:
    'the backend, adapter and app version are the same: a kernel on this device that is not deterministic (parallel sums in changing order) is the likely cause',
  notFloat32:
    '{count} recorded losses are not float32 numbers (rounded or edited): bit identity cannot be shown for them.',
  reproducedFrom: 'reproduces {name}',
  // Audit record
  exportAudit: 'Export audit record',
  exportAuditLabel: 'Export the audit record of run {name} as JSON',
  auditPreparing: 'Preparing the audit record of {name} (hashing its weights)…',
  auditDone: 'Audit record of {name} saved as {fileName}.',
  auditNoWeights:
    'Audit record of {name} saved as {fileName}, without a weights hash: this browser holds neither the run’s model nor a checkpoint of it.',
  auditNotFinal:
    'Audit record of {name} saved as {fileName}; its weights hash is of step {step} (the latest checkpoint, or the run trained on meanwhile), not of the last recorded step {last}.',
  auditWhyHeading: 'Why document a run like this?',
  auditWhy:
    'A trained model is only as trustworthy as the account of how it was made. An audit record pins that account down: which data (its hash), which settings and seed, which code version, when, what went wrong on the way, and which weights came out (their SHA-256). Anyone holding the same data and weights can check that they are the ones described, and a run that reproduces bit for bit shows that the description is complete. Such records serve reproducibility in research, accountability inside a team (who trained what, and from what), and the documentation that rules for AI systems increasingly ask of their providers, such as technical documentation of how a model was developed and trained. What a given rule demands in a given case is a question for its text and for legal advice; this record is a starting point, not a certificate.',
};
