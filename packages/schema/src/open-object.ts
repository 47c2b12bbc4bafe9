import { z } from 'zod/v4'

/**
 * An object schema that keeps unknown fields when it parses (a field FaceSign adds tomorrow must
 * survive `parse`), typed with its known fields only, as `z.object` types it: an index signature
 * would make every field name valid in TypeScript and erase the outcome names the builder types by.
 */
export function openObject<Shape extends z.core.$ZodLooseShape>(shape: Shape): z.ZodObject<Shape> {
  // Only the static type differs from z.looseObject's: the schema at run time is the loose one.
  return z.looseObject(shape)
}
