import type { Catalog } from './index.js';

export const reportMessages: Catalog = {
};
