import { z } from 'zod/v4'
import { openObject } from './open-object.js'
import { Flow } from './flow.js'

/** A field FaceSign's AI extracts from the conversation into report.extractedData. */
export const ExtractionField = openObject({
  fieldName: z.string(),
  type: z.string(),
  description: z.string(),
  enum: z.array(z.string()).optional(),
})
export type ExtractionField = z.infer<typeof ExtractionField>

/** A legacy verification module (use `flow` instead). */
export const LegacyModule = z.looseObject({ type: z.string() })
export type LegacyModule = z.infer<typeof LegacyModule>

/** The fields of a session body, before the rule that it needs a `flow` (or legacy `modules`). */
export const SessionFields = z.looseObject({
  clientReferenceId: z.string().optional().meta({ description: 'Your reference that links the session to your user.' }),
  metadata: z.record(z.string(), z.unknown()).optional(),
  flow: Flow.optional(),
  modules: z.array(LegacyModule).optional().meta({ description: 'Legacy; never together with flow.' }),
  providedData: z.record(z.string(), z.unknown()).optional(),
  avatarId: z.string().optional(),
  langs: z.array(z.string()).optional(),
  defaultLang: z.string().optional(),
  zone: z.enum(['us', 'eu', 'es']).optional().meta({ description: '"es" is the seed-era spelling of "us".' }),
  customization: z.record(z.string(), z.unknown()).optional(),
  videoAIAnalysisEnabled: z.boolean().optional(),
  extractionSchema: z.array(ExtractionField).optional(),
  backgroundAssetId: z.string().optional(),
  initialPhrase: z.string().optional().meta({ description: 'Legacy; use a conversation node after start.' }),
  finalPhrase: z.string().optional().meta({ description: 'Legacy; use a conversation node before end.' }),
})

/** The fields FaceSign's schema gives a session body. */
export const sessionBodyFields: readonly string[] = Object.keys(SessionFields.shape)

/** The message of a session body with neither `flow` nor `modules`. */
export const noFlowMessage = 'the session body has no "flow": expected "flow": [nodes]'

/**
 * The body of `POST /sessions`: a `flow` of nodes (or legacy `modules`). Unknown fields are kept:
 * FaceSign adds settings over time. The JSON Schema says the same with `anyOf`.
 */
export const SessionBody = SessionFields.check((ctx) => {
  if (!Object.hasOwn(ctx.value, 'flow') && !Object.hasOwn(ctx.value, 'modules')) {
    ctx.issues.push({ code: 'custom', input: ctx.value, path: [], message: noFlowMessage })
  }
}).meta({ anyOf: [{ required: ['flow'] }, { required: ['modules'] }] })
export type SessionBody = z.infer<typeof SessionBody>
