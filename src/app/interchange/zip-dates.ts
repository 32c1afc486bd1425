/**
 * Stamps every entry of a zip file with one fixed date, in place. The XLSX writer dates some
 * entries with the current time, so the same ledger would give different bytes from one export
 * to the next; with the dates fixed, the same tables give the same workbook. Only the central
 * directory is read (its size is a few bytes per entry), whatever the size of the file.
 */
import fs from 'node:fs';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** 2000-01-01 00:00:00 in MS-DOS time and date fields. */
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;

function stamp(fd: number, at: number) {
  const fields = Buffer.alloc(4);
  fields.writeUInt16LE(DOS_TIME, 0);
  fields.writeUInt16LE(DOS_DATE, 2);
  fs.writeSync(fd, fields, 0, 4, at);
}

function read(fd: number, at: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const n = fs.readSync(fd, buffer, 0, length, at);
  return buffer.subarray(0, n);
}

export function fixZipDates(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    const size = fs.fstatSync(fd).size;
    // The end record is 22 bytes, followed by a comment of at most 65535 bytes.
    const tailStart = Math.max(0, size - 22 - 0xffff);
    const tail = read(fd, tailStart, size - tailStart);
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === END_OF_DIRECTORY) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new Error(`${file} is not a zip file`);
    const entries = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryStart = tail.readUInt32LE(end + 16);
    const directory = read(fd, directoryStart, directorySize);
    let at = 0;
    for (let n = 0; n < entries; n++) {
      if (directory.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error(`${file}: damaged zip directory`);
      stamp(fd, directoryStart + at + 12);
      const local = directory.readUInt32LE(at + 42);
      if (read(fd, local, 4).readUInt32LE(0) !== LOCAL_HEADER) throw new Error(`${file}: damaged zip entry`);
      stamp(fd, local + 10);
      at +=
        46 +
        directory.readUInt16LE(at + 28) +
        directory.readUInt16LE(at + 30) +
        directory.readUInt16LE(at + 32);
    }
  } finally {
    fs.closeSync(fd);
  }
}
