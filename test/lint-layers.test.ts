import { describe, expect, test } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint();
const restrictedAt = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').length;
};

describe('layers: where code may run', () => {
  test.each([
    ['main/core/cases/x.ts', "import { app } from 'electron';"],
    ['shared/domain/x.ts', "import { app } from 'electron';"],
    ['renderer/x.tsx', "import { ipcRenderer } from 'electron';"],
    ['renderer/x.tsx', "import { readFileSync } from 'node:fs';"],
    ['renderer/x.tsx', "import Database from 'libsql';"],
    ['renderer/x.tsx', "import { openDesk } from '../main/core/open-desk.js';"],
    ['shared/domain/x.ts', "import { randomUUID } from 'crypto';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await restrictedAt(file, code)).toBe(1);
  });

  test.each([
    ['main/index.ts', "import { app } from 'electron';"],
    ['main/core/cases/x.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/x.tsx', "import { api } from '../shared/api/index.js';"],
    ['test/main/x.test.ts', "import type { IpcMain } from 'electron';"],
  ])('%s may: %s', async (file, code) => {
    expect(await restrictedAt(file, code)).toBe(0);
  });
});
