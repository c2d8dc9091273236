import { decodeJwt, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { canMove, dateIssues } from "../../src/services/evidence-lifecycle.ts";
import { mintToken, parseTtl } from "../../src/tokens.ts";

describe("evidence lifecycle", () => {
  it("allows forward moves, verification only after delivery, withdrawal from anywhere but itself", () => {
    const all = ["PLANNED", "IN_PROGRESS", "DELIVERED", "VERIFIED", "WITHDRAWN"] as const;
    const allowed = all.flatMap((from) => all.filter((to) => canMove(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual([
      "PLANNED→IN_PROGRESS",
      "PLANNED→DELIVERED",
      "PLANNED→WITHDRAWN",
      "IN_PROGRESS→DELIVERED",
      "IN_PROGRESS→WITHDRAWN",
      "DELIVERED→VERIFIED",
      "DELIVERED→WITHDRAWN",
      "VERIFIED→WITHDRAWN",
    ]);
  });

  it("names every date that disagrees with the status", () => {
    const today = new Date("2024-06-01");
    const d = (s: string) => new Date(s);
    const none = { startedOn: null, deliveredOn: null, verifiedOn: null };
    expect(dateIssues({ status: "PLANNED", ...none, startedOn: d("2025-01-01") }, today)).toEqual([]);
    expect(
      dateIssues({ status: "IN_PROGRESS", ...none, startedOn: d("2025-01-01") }, today, ["input"]),
    ).toEqual([
      {
        path: ["input", "startedOn"],
        message: "is in the future: a started piece of work cannot start later",
      },
    ]);
    expect(dateIssues({ status: "VERIFIED", ...none, deliveredOn: d("2024-05-01") }, today)).toEqual([
      { path: ["verifiedOn"], message: "is required when VERIFIED" },
    ]);
    expect(
      dateIssues(
        { status: "VERIFIED", startedOn: null, deliveredOn: d("2024-05-01"), verifiedOn: d("2024-04-01") },
        today,
      ),
    ).toEqual([{ path: ["verifiedOn"], message: "is before deliveredOn" }]);
    expect(dateIssues({ status: "DELIVERED", ...none, deliveredOn: d("2024-06-02") }, today)).toEqual([
      { path: ["deliveredOn"], message: "is in the future" },
    ]);
    expect(dateIssues({ status: "WITHDRAWN", ...none, deliveredOn: d("2024-05-01") }, today)).toEqual([]);
  });
});

describe("hub token", () => {
  const secret = "a-secret-of-at-least-thirty-two-bytes!";
  it("mints a short-lived HS256 token with role, forces, exp and the configured iss/aud", async () => {
    const now = new Date();
    const token = await mintToken(
      { role: "force", forces: ["hertfordshire"], ttlSeconds: 900 },
      { secret, issuer: "prap-hub", audience: "prap-api" },
      now,
    );
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      issuer: "prap-hub",
      audience: "prap-api",
    });
    const iat = Math.floor(now.getTime() / 1000);
    expect(payload).toMatchObject({
      sub: "dev-force-hertfordshire",
      role: "force",
      forces: ["hertfordshire"],
      iat,
      exp: iat + 900,
    });
    expect(decodeJwt(await mintToken({ role: "national", forces: [] }, { secret })).iss).toBeUndefined();
  });

  it("refuses what would make a useless or dangerous token", async () => {
    await expect(mintToken({ role: "force", forces: [] }, { secret })).rejects.toThrow(/--force/);
    await expect(mintToken({ role: "force", forces: ["x"] }, {})).rejects.toThrow(/HUB_JWT_SECRET/);
    await expect(mintToken({ role: "national", forces: ["kent"] }, { secret })).rejects.toThrow(/Only force/);
    await expect(mintToken({ role: "force", forces: ["Kent Police"] }, { secret })).rejects.toThrow(
      /not a force id/,
    );
    await expect(mintToken({ role: "admin", forces: [], ttlSeconds: 2 * 86400 }, { secret })).rejects.toThrow(
      /--ttl/,
    );
    expect([parseTtl("90"), parseTtl("15m"), parseTtl("2h")]).toEqual([90, 900, 7200]);
    expect(() => parseTtl("1d")).toThrow(/--ttl/);
  });
});
