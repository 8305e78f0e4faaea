export { icoOf, iconPng, socialPng } from './icons.ts';
