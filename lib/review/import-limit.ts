/**
 * Imports may be large: an export takes about 310 bytes per review, so this holds some 100,000 reviews (years of
 * daily study; 10 MiB refused a heavy learner's own export after about three). Still bounded, and refused before
 * parsing when over. Its own module so the import form can check a file's size without the export schema.
 */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;
