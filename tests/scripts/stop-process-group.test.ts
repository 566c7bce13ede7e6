import { spawn } from "node:child_process";
import { describe, expect, test } from "vitest";
import { groupAlive, stopProcessGroup } from "@/scripts/lib/server";

// Like `npm start` under the bench: the head of the group exits on SIGTERM, a process below it does not.
function groupWithStubbornChild() {
  const child = spawn("sh", ["-c", "(trap '' TERM; sleep 60) & sleep 60"], { detached: true, stdio: "ignore" });
  return child.pid!;
}

describe("stopProcessGroup", () => {
  test("leaves no process of the group behind, even one that ignores SIGTERM", async () => {
    const pid = groupWithStubbornChild();
    await new Promise((r) => setTimeout(r, 200));
    expect(groupAlive(pid)).toBe(true);
    await stopProcessGroup(pid, "SIGTERM", 300);
    expect(groupAlive(pid)).toBe(false);
  });

  test("returns at once for a group that is already gone", async () => {
    const pid = groupWithStubbornChild();
    process.kill(-pid, "SIGKILL");
    await new Promise((r) => setTimeout(r, 100));
    await expect(stopProcessGroup(pid)).resolves.toBeUndefined();
    expect(groupAlive(pid)).toBe(false);
  });
});
