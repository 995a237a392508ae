import { describe, expect, test } from 'vitest';
import { issueEnrollmentCode } from '../../src/store/enrollment.js';
import { bearer, enrolledDevice, headOfficeAppForFile, snapshot } from '../api.js';

const ho = headOfficeAppForFile();

const enroll = (body: { code: string; deviceId: string; storeCode: string; deskCode: string }) => ho.app.inject({ method: 'POST', url: '/v1/enroll', payload: body });
const pullStatus = async (token: string) => (await ho.app.inject({ method: 'GET', url: '/v1/events', headers: bearer(token) })).statusCode;

describe('a code for one desk never moves the device of another', () => {
  test.each([{ replace: false, desk: 'R1', other: 'Z1' }, { replace: true, desk: 'R2', other: 'Z2' }])('replace: $replace', async ({ replace, desk, other }) => {
    const victim = await enrolledDevice(ho.app, ho.db, 'MOV01', desk);
    const before = await snapshot(ho.db);
    const code = await issueEnrollmentCode(ho.db, { storeCode: 'MOV01', deskCode: other, replace });
    const hijack = await enroll({ code, deviceId: victim.id, storeCode: 'MOV01', deskCode: other });
    expect(hijack.statusCode).toBe(409);
    expect(hijack.json()).toMatchObject({ error: 'device_taken' });
    expect(await snapshot(ho.db)).toEqual(before);
    const [device] = await ho.db.query<{ desk_code: string }>('SELECT desk_code FROM devices WHERE id = $1', [victim.id]);
    expect(device!.desk_code).toBe(desk);
    expect(await pullStatus(victim.token)).toBe(200);
    // The code was not used up: a new PC for that desk can still redeem it.
    expect((await enroll({ code, deviceId: crypto.randomUUID(), storeCode: 'MOV01', deskCode: other })).statusCode).toBe(200);
  });
});

test('a code for another desk is refused without naming the desk it opens', async () => {
  const code = await issueEnrollmentCode(ho.db, { storeCode: 'HID01', deskCode: 'Q' });
  const res = await enroll({ code, deviceId: crypto.randomUUID(), storeCode: 'ASK01', deskCode: 'A' });
  expect(res.statusCode).toBe(409);
  const { error, message } = res.json() as { error: string; message: string };
  expect(error).toBe('code_mismatch');
  expect(message).not.toMatch(/HID01|\bQ\b/);
});

describe('a repeat of a used code by the same device', () => {
  const tokenOf = (res: { json: () => unknown }) => (res.json() as { token: string }).token;

  test('a late first request after a successful retry answers the same token: the desk is not locked out', async () => {
    const code = await issueEnrollmentCode(ho.db, { storeCode: 'REP01', deskCode: 'A' });
    const request = { code, deviceId: crypto.randomUUID(), storeCode: 'REP01', deskCode: 'A' };
    const retry = await enroll(request);
    expect(retry.statusCode).toBe(200);
    const before = await snapshot(ho.db);
    const late = await enroll({ ...request, code: code.toLowerCase() });
    expect(late.statusCode).toBe(200);
    expect(tokenOf(late)).toBe(tokenOf(retry));
    expect(await pullStatus(tokenOf(retry))).toBe(200);
    expect(await snapshot(ho.db)).toEqual(before);
  });

  test('two requests at once get one token', async () => {
    const code = await issueEnrollmentCode(ho.db, { storeCode: 'REP01', deskCode: 'B' });
    const request = { code, deviceId: crypto.randomUUID(), storeCode: 'REP01', deskCode: 'B' };
    const answers = await Promise.all([enroll(request), enroll(request)]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
    expect(tokenOf(answers[0]!)).toBe(tokenOf(answers[1]!));
    expect(await pullStatus(tokenOf(answers[0]!))).toBe(200);
  });

  test('the token is kept, sealed with the code, only for the repeat window', async () => {
    const code = await issueEnrollmentCode(ho.db, { storeCode: 'REP01', deskCode: 'C' });
    const request = { code, deviceId: crypto.randomUUID(), storeCode: 'REP01', deskCode: 'C' };
    const token = tokenOf(await enroll(request));
    const [held] = await ho.db.query<{ token_box: string }>('SELECT token_box FROM enrollment_codes WHERE device_id = $1', [request.deviceId]);
    expect(held!.token_box).not.toContain(token);
    await ho.db.query("UPDATE enrollment_codes SET used_at = now() - interval '16 minutes' WHERE device_id = $1", [request.deviceId]);
    expect((await enroll(request)).json()).toMatchObject({ error: 'code_invalid' });
    expect(await ho.db.query('SELECT 1 FROM enrollment_codes WHERE device_id = $1 AND token_box IS NOT NULL', [request.deviceId])).toEqual([]);
    expect(await pullStatus(token)).toBe(200);
  });
});
