export { icoOf, iconPng } from './icons.ts';
