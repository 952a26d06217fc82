#!/usr/bin/env node
import process from 'node:process';
import { endQuietlyWhenReaderLeaves, run } from '../dist/main.js';

endQuietlyWhenReaderLeaves(process.stdout);
endQuietlyWhenReaderLeaves(process.stderr);
process.exitCode = await run(process.argv);
