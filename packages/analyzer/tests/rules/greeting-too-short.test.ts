import { describe, expect, it } from 'vitest'
import { ConfigError } from '@fsflow/analyzer'
import { type NodeJson, brief, flowOf, lint, longGreeting, reported, say, words } from '../flows.js'

const rule = 'greeting-too-short'

function recognition(id: string, next = 'end'): NodeJson {
  return { id, type: 'recognition', outcomes: { recognized: next, newUser: 'new_user', noFace: 'new_user' } }
}
function liveness(id: string, next = 'end'): NodeJson {
  return { id, type: 'liveness_detection', outcomes: { livenessDetected: next, deepfakeDetected: 'end', noFace: 'end', inconclusive: 'end' } }
}
function twoFactor(id: string, type: string, next: string): NodeJson {
  return { id, type, outcomes: { verified: next, delivery_failed: 'end', failed_unverified: 'end', cancelled: 'end', error: 'end' } }
}
const newUser = say('new_user', "I couldn't find your account.")

describe('greeting-too-short', () => {
  it('reports a recognition node after 12 words (4.8 s at 150 words a minute) on the node', () => {
    const diagnostics = reported(flowOf(say('greeting', words(12), 'recognition'), recognition('recognition'), newUser), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 1, nodeId: 'recognition', path: '/2' }])
    expect(diagnostics[0]?.message).toBe(
      'recognition node "recognition" can be reached after only 4.8s of avatar speech; video analysis needs about 5s of camera feed first (with less, recognition answers newUser even for returning users). Lengthen the greeting or put a two-factor step first',
    )
  })

  it('does not report a recognition node after 13 words (5.2 s)', () => {
    expect(reported(flowOf(say('greeting', words(13), 'recognition'), recognition('recognition'), newUser), rule)).toEqual([])
  })

  it('does not count the leading "Say:" as a spoken word', () => {
    const flow = flowOf({ id: 'greeting', type: 'conversation', prompt: `Say: ${words(12)}`, outcomes: [{ id: 'o', condition: '', targetNodeId: 'recognition' }] }, recognition('recognition'), newUser)
    expect(reported(flow, rule)).toHaveLength(1)
  })

  it('counts the words of a goal prompt too', () => {
    const goal = { id: 'greeting', type: 'conversation', prompt: `${words(13)} until the user does not respond after 3 attempts`, outcomes: [{ id: 'o', condition: '', targetNodeId: 'recognition' }] }
    expect(reported(flowOf(goal, recognition('recognition'), newUser), rule)).toEqual([])
  })

  it('adds up the speech of several conversation nodes before the video node', () => {
    expect(reported(flowOf(say('hello', words(7), 'intro'), say('intro', words(7), 'recognition'), recognition('recognition'), newUser), rule)).toEqual([])
  })

  it('reports the node when the shortest of several paths is too short, with that path\'s seconds', () => {
    const choice = {
      id: 'choice',
      type: 'conversation',
      prompt: 'Say: Ready?',
      outcomes: [
        { id: 'long', condition: 'The user wants details', targetNodeId: 'explain' },
        { id: 'short', condition: 'The user is ready', targetNodeId: 'recognition' },
      ],
    }
    const flow = flowOf(choice, say('explain', longGreeting, 'recognition'), recognition('recognition'), newUser)
    const diagnostics = reported(flow, rule)
    expect(diagnostics.map((d) => d.nodeId)).toEqual(['recognition'])
    expect(diagnostics[0]?.message).toContain('after only 0.4s of avatar speech')
  })

  it('reports each kind of video-analysis node: recognition, liveness_detection, face_scan, face_compare', () => {
    const faceScan = { id: 'video', type: 'face_scan', outcomes: { passed: 'end', notPassed: 'end', cancelled: 'end', error: 'end' } }
    const faceCompare = { id: 'video', type: 'face_compare', sourceA: { source: 'sessionVideo' }, sourceB: { source: 'documentPhoto' }, outcomes: { match: 'end', noMatch: 'end', imageUnavailable: 'end' } }
    for (const video of [recognition('video'), liveness('video'), faceScan, faceCompare]) {
      const diagnostics = reported(flowOf(say('greeting', 'Hello!', 'video'), video, newUser), rule)
      expect(diagnostics.map((d) => d.nodeId)).toEqual(['video'])
      expect(diagnostics[0]?.message).toMatch(new RegExp(`^${String(video.type)} node "video" can be reached after only 0.4s`))
    }
  })

  it('reports only the first video node of a path, not the ones right after it', () => {
    const flow = flowOf(say('greeting', 'Hello!', 'recognition'), recognition('recognition', 'liveness'), liveness('liveness'), newUser)
    expect(reported(flow, rule).map((d) => d.nodeId)).toEqual(['recognition'])
  })

  it('reports a later video node too when another short path reaches it without passing a video node', () => {
    const choice = {
      id: 'choice',
      type: 'conversation',
      prompt: 'Say: Returning?',
      outcomes: [
        { id: 'yes', condition: 'The user says they have an account', targetNodeId: 'recognition' },
        { id: 'no', condition: 'The user is new', targetNodeId: 'liveness' },
      ],
    }
    const flow = flowOf(choice, recognition('recognition', 'liveness'), liveness('liveness'), newUser)
    expect(reported(flow, rule).map((d) => d.nodeId)).toEqual(['recognition', 'liveness'])
  })

  it('does not report video nodes right after each other once the greeting gave the buffer', () => {
    const flow = flowOf(say('greeting', longGreeting, 'recognition'), recognition('recognition', 'liveness'), liveness('liveness'), newUser)
    expect(reported(flow, rule)).toEqual([])
  })

  it('does not report a video node after a two_factor_email node, which keeps the camera live', () => {
    const flow = flowOf(say('greeting', 'Hello!', 'otp'), twoFactor('otp', 'two_factor_email', 'recognition'), recognition('recognition'), newUser)
    expect(reported(flow, rule)).toEqual([])
  })

  it('does not report a video node after a two_factor_sms node', () => {
    const flow = flowOf(twoFactor('otp', 'two_factor_sms', 'liveness'), liveness('liveness'))
    expect(reported(flow, rule)).toEqual([])
  })

  it('treats the legacy two_factor node like today\'s two-factor nodes', () => {
    const flow = flowOf(twoFactor('otp', 'two_factor', 'liveness'), liveness('liveness'))
    expect(reported(flow, rule)).toEqual([])
  })

  it('reports a video node that a path reaches before the two-factor step', () => {
    const choice = {
      id: 'choice',
      type: 'conversation',
      prompt: 'Say: Code or face?',
      outcomes: [
        { id: 'code', condition: 'The user wants a code', targetNodeId: 'otp' },
        { id: 'face', condition: 'The user wants face check', targetNodeId: 'recognition' },
      ],
    }
    const flow = flowOf(choice, twoFactor('otp', 'two_factor_email', 'recognition'), recognition('recognition'), newUser)
    expect(reported(flow, rule).map((d) => d.nodeId)).toEqual(['recognition'])
  })

  it('counts only conversation prompts as avatar speech', () => {
    const email = { id: 'email', type: 'enter_email', prompt: `Please type ${words(20)}`, outcomes: { emailEntered: 'recognition', canceled: 'end' } }
    expect(reported(flowOf(email, recognition('recognition'), newUser), rule).map((d) => d.nodeId)).toEqual(['recognition'])
  })

  it('reports a video node straight after start with 0 s', () => {
    const diagnostics = reported(flowOf(liveness('liveness')), rule)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]?.message).toContain('after only 0s of avatar speech')
  })

  it('does not report video nodes no path from start reaches', () => {
    const flow = [...flowOf(say('greeting', 'Hello!')), liveness('orphan')]
    expect(reported(flow, rule)).toEqual([])
  })

  it('is not reported when there is no start node', () => {
    expect(reported([say('greeting', 'Hi', 'liveness'), liveness('liveness'), { id: 'end', type: 'end' }], rule)).toEqual([])
  })

  describe('options', () => {
    it('takes minSeconds: 12 words are enough when 3 s are', () => {
      const flow = flowOf(say('greeting', words(12), 'recognition'), recognition('recognition'), newUser)
      expect(reported(flow, rule, { rules: { [rule]: ['warn', { minSeconds: 3 }] } })).toEqual([])
    })

    it('takes minSeconds: a long greeting is too short when 10 s are needed, and the message says 10s', () => {
      const flow = flowOf(say('greeting', longGreeting, 'recognition'), recognition('recognition'), newUser)
      const diagnostics = reported(flow, rule, { rules: { [rule]: ['warn', { minSeconds: 10 }] } })
      expect(diagnostics).toHaveLength(1)
      expect(diagnostics[0]?.message).toMatch(/after only 8\.8s .* about 10s/)
    })

    it('takes wordsPerMinute: 5 words at 60 a minute last 5 s', () => {
      const flow = flowOf(say('greeting', words(5), 'recognition'), recognition('recognition'), newUser)
      expect(reported(flow, rule, { rules: { [rule]: ['warn', { wordsPerMinute: 60 }] } })).toEqual([])
      expect(reported(flow, rule)).toHaveLength(1)
    })

    it('takes wordsPerMinute: a fast speaker needs more words', () => {
      const flow = flowOf(say('greeting', longGreeting, 'recognition'), recognition('recognition'), newUser)
      const diagnostics = reported(flow, rule, { rules: { [rule]: ['warn', { wordsPerMinute: 300 }] } })
      expect(diagnostics).toHaveLength(1)
      expect(diagnostics[0]?.message).toContain('after only 4.4s')
    })

    it('can be raised to an error', () => {
      const flow = flowOf(liveness('liveness'))
      expect(reported(flow, rule, { rules: { [rule]: 'error' } }).map((d) => d.severity)).toEqual([2])
    })

    it('rejects options it does not know, and values out of range', () => {
      expect(() => lint([], { rules: { [rule]: ['warn', { minSecs: 3 }] } })).toThrow(ConfigError)
      expect(() => lint([], { rules: { [rule]: ['warn', { wordsPerMinute: 0 }] } })).toThrow(/wordsPerMinute/)
      expect(() => lint([], { rules: { [rule]: ['warn', { minSeconds: -1 }] } })).toThrow(/minSeconds/)
    })
  })
})
