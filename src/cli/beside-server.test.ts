import { describe, expect, it } from 'vitest';
import { besideServer } from './beside-server.ts';
import { buildProgram } from './program.ts';
import { commandPath, leafCommands } from './permissions.ts';

const paths = leafCommands(await buildProgram()).map(commandPath);

describe('commands beside a running server', () => {
  it('says of every command whether it goes through the server, and names no command that is gone', () => {
    expect(paths.filter((path) => !(path in besideServer))).toEqual([]);
    expect(Object.keys(besideServer).filter((path) => !paths.includes(path))).toEqual([]);
  });
});
