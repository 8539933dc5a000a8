// Staff passwords: bcrypt at cost 12, a length rule and a list of the commonest passwords.
import bcrypt from 'bcrypt';
import { randomBytes } from 'node:crypto';

export const BCRYPT_COST = 12;
export const MIN_PASSWORD_LENGTH = 12;

const COMMON = new Set([
  'password', 'password1', 'password123', '123456', '12345678', '123456789', '1234567890', 'qwerty', 'qwertyuiop',
  'azerty', 'azertyuiop', 'iloveyou', 'admin', 'administrator', 'letmein', 'welcome', 'motdepasse', 'changeme',
  'passw0rd', 'abc123', '111111', '000000', 'qwerty123', 'password1234', 'admin12345678', 'welcome12345',
]);

export class WeakPassword extends Error {}

export function checkPasswordPolicy(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw new WeakPassword(`Password must be at least ${MIN_PASSWORD_LENGTH} characters long.`);
  if (COMMON.has(password.toLowerCase()) || /^(.)\1+$/.test(password)) throw new WeakPassword('This password is too common; choose another.');
}

export const hashPassword = (password: string): Promise<string> => bcrypt.hash(password, BCRYPT_COST);

export const verifyPassword = (password: string, hash: string): Promise<boolean> => bcrypt.compare(password, hash);

/** A 20-character password from an unambiguous alphabet (~115 bits). */
export function generatePassword(length = 20): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(length * 2);
  let out = '';
  for (let i = 0; out.length < length; i++) {
    const b = bytes[i % bytes.length];
    if (b < 256 - (256 % alphabet.length)) out += alphabet[b % alphabet.length];
    if (i > bytes.length * 4) break;
  }
  return out;
}
