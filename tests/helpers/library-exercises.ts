import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { ExerciseDefinition } from "@/lib/exercises/instance";

const dir = path.resolve(import.meta.dirname, "../../content/items/derivations");

/** The library's exercises as the loader reads them (front matter only; the loader's own tests cover the rest). */
export const libraryExercises = readdirSync(dir)
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => {
    const data = matter(readFileSync(path.join(dir, f), "utf8")).data as ExerciseDefinition & { id: string };
    return { id: data.id, def: data };
  });
