export { decode, type Decoded } from './decode.ts';
export { detectFormat } from './detect.ts';
export { readMarkdown } from './markdown.ts';
export { readOtter } from './otter.ts';
export { readPlain } from './plain.ts';
export { readTranscript } from './read.ts';
export { readSrt } from './srt.ts';
export { parseWebVtt, readWebVtt, type WebVttCue } from './webvtt.ts';
