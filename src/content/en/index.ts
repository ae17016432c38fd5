/** The English catalogue, one module per part of the Content type (../types). */
export { format } from './format';
export { modelCard } from './model-card';
export { params } from './params';
export { phases } from './phases';
export { timeline } from './timeline';
export { ui } from './ui';
export { urlNotices } from './url-notices';
export { sidebar } from './sidebar';
export { validation } from './validation';
export { techniques } from './techniques';
export { dataChecks } from './data-checks';
export { targetScale } from './target-scale';
export { checkpoint } from './checkpoint';
export { faults } from './faults';
export { configFile } from './config-file';
export { runCost } from './run-cost';
export { scale } from './scale';
