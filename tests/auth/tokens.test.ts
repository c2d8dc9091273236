import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { createViewerResolver } from "../../src/auth.ts";
import { loadConfig, type TokenSettings } from "../../src/config.ts";

const secret = "a-secret-of-exactly-thirty-two-b";
const settings: TokenSettings = { secret, maxLifetimeSeconds: 3600, clockSkewSeconds: 30 };
const hs = (claims: Record<string, unknown> = {}) =>
  new SignJWT({ role: "force", forces: ["hertfordshire"], ...claims })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("officer-1");

async function refusal(resolve: ReturnType<typeof createViewerResolver>, token: string) {
  try {
    await resolve(`Bearer ${token}`);
  } catch (error) {
    return {
      code: (error as { extensions: { code: string } }).extensions.code,
      message: (error as Error).message,
    };
  }
  return undefined;
}

describe("token settings", () => {
  it("refuse to start with an HS256 secret shorter than 32 bytes", () => {
    expect(() => loadConfig({ HUB_JWT_SECRET: "0123456789" })).toThrow(
      /HUB_JWT_SECRET: must be at least 32 bytes/,
    );
    expect(loadConfig({ HUB_JWT_SECRET: secret }).tokens.secret).toBe(secret);
  });
});

describe("bearer tokens", () => {
  const resolve = createViewerResolver(settings);
  const key = new TextEncoder().encode(secret);

  it("accepts a short-lived token and maps its claims to the viewer", async () => {
    const token = await hs().setIssuedAt().setExpirationTime("10m").sign(key);
    expect(await resolve(`Bearer ${token}`)).toEqual({
      subject: "officer-1",
      role: "force",
      forceIds: ["hertfordshire"],
    });
  });

  it("refuses a token without exp, one living longer than the limit, and an expired one", async () => {
    expect(await refusal(resolve, await hs().sign(key))).toEqual({
      code: "UNAUTHENTICATED",
      message: 'Invalid token: missing required "exp" claim',
    });
    const long = await hs().setIssuedAt().setExpirationTime("2h").sign(key);
    expect((await refusal(resolve, long))?.message).toMatch(/lives longer than 3600 seconds/);
    const expired = await hs()
      .setExpirationTime(Math.floor(Date.now() / 1000) - 120)
      .sign(key);
    expect((await refusal(resolve, expired))?.code).toBe("UNAUTHENTICATED");
  });

  it("allows the configured clock skew", async () => {
    const justExpired = await hs()
      .setExpirationTime(Math.floor(Date.now() / 1000) - 10)
      .sign(key);
    expect((await resolve(`Bearer ${justExpired}`)).subject).toBe("officer-1");
  });

  it("checks issuer and audience when set", async () => {
    const strict = createViewerResolver({ ...settings, issuer: "https://idp.example", audience: "prap-hub" });
    const right = await hs()
      .setIssuer("https://idp.example")
      .setAudience("prap-hub")
      .setExpirationTime("5m")
      .sign(key);
    expect((await strict(`Bearer ${right}`)).role).toBe("force");
    const wrongIssuer = await hs()
      .setIssuer("https://other")
      .setAudience("prap-hub")
      .setExpirationTime("5m")
      .sign(key);
    expect((await refusal(strict, wrongIssuer))?.message).toMatch(/"iss" claim/);
    const wrongAudience = await hs()
      .setIssuer("https://idp.example")
      .setAudience("other")
      .setExpirationTime("5m")
      .sign(key);
    expect((await refusal(strict, wrongAudience))?.message).toMatch(/"aud" claim/);
  });

  it("verifies ES256 tokens against a JWKS file and refuses other keys and algorithms", async () => {
    const { publicKey, privateKey } = await generateKeyPair("ES256");
    const other = await generateKeyPair("ES256");
    const dir = mkdtempSync(join(tmpdir(), "hub-jwks-"));
    const file = join(dir, "jwks.json");
    writeFileSync(
      file,
      JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: "idp-1", alg: "ES256" }] }),
    );
    const withJwks = createViewerResolver({ ...settings, secret: undefined, jwks: file });
    const sign = (k: typeof privateKey) =>
      new SignJWT({ role: "national" })
        .setProtectedHeader({ alg: "ES256", kid: "idp-1" })
        .setSubject("analyst")
        .setExpirationTime("5m")
        .sign(k);
    expect((await withJwks(`Bearer ${await sign(privateKey)}`)).role).toBe("national");
    expect((await refusal(withJwks, await sign(other.privateKey)))?.code).toBe("UNAUTHENTICATED");
    // No secret configured: an HS256 token is refused rather than checked against nothing.
    expect((await refusal(withJwks, await hs().setExpirationTime("5m").sign(key)))?.message).toMatch(
      /HS256 are not accepted/,
    );
  });

  it("refuses a role outside the hub's and a non-bearer credential", async () => {
    const token = await hs({ role: "superuser" }).setExpirationTime("5m").sign(key);
    expect((await refusal(resolve, token))?.message).toMatch(/role or forces claim/);
    await expect(resolve("Basic dXNlcjpwYXNz")).rejects.toThrow(/Bearer <token>/);
    expect(await resolve(undefined)).toEqual({ subject: "anonymous", role: "public", forceIds: [] });
  });
});
