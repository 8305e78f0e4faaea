export { decode } from './decode.ts';
export { detectFormat } from './detect.ts';
export { readTranscript } from './read.ts';
export { parseWebVtt } from './webvtt.ts';
