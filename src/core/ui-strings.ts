export const UI_STRINGS: Record<string, { id: string; en: string }> = {};
