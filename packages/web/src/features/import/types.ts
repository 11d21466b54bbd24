import type { components } from '../../api/schema.d.ts';

export type Import = components['schemas']['Import'];
export type ImportMapping = components['schemas']['ImportMapping'];
export type ImportReport = components['schemas']['ImportReport'];
export type ImportPreview = components['schemas']['ImportPreview'];
export type MappingProblem = components['schemas']['ImportMappingProblem'];
