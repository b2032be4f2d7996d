/** Node side of the knowledge base: loading folders, watching them, updating and resolving images. */
export { loadKnowledgeBase, rootInfos, type LoadOptions } from './load'
export { updateKnowledgeBase } from './update'
export { watchKnowledge, type KnowledgeWatcher } from './watch'
export { listKnowledgeFiles } from './walk'
