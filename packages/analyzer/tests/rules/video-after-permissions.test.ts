import { describe, expect, it } from 'vitest'
import { type NodeJson, brief, flowOf, longGreeting, reported, say } from '../flows.js'

const rule = 'video-after-permissions'

function permissions(id: string, granted: string): NodeJson {
  return { id, type: 'permissions', permissions: { camera: true, microphone: true }, outcomes: { permissionsGranted: granted, permissionsDenied: 'denied' } }
}
const recognition = { id: 'recognition', type: 'recognition', outcomes: { recognized: 'end', newUser: 'denied', noFace: 'denied' } }
const denied = say('denied', 'We need your camera to verify you. Please try again.')

describe('video-after-permissions', () => {
  it('reports a video node straight after permissions, on the video node', () => {
    const diagnostics = reported(flowOf(permissions('permissions', 'recognition'), recognition, denied), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 1, nodeId: 'recognition', path: '/2' }])
    expect(diagnostics[0]?.message).toBe(
      'recognition node "recognition" comes straight after permissions node "permissions"; the camera has only just started, so put a conversation in between',
    )
  })

  it('reports a video node once even when two permissions nodes lead to it', () => {
    const camera = { ...permissions('camera', 'microphone'), outcomes: { permissionsGranted: 'microphone', permissionsDenied: 'recognition' } }
    const flow = flowOf(camera, permissions('microphone', 'recognition'), recognition, denied)
    expect(reported(flow, rule).map((d) => d.nodeId)).toEqual(['recognition'])
  })

  it('names the same permissions node whatever the order of the nodes', () => {
    const camera = { ...permissions('camera', 'microphone'), outcomes: { permissionsGranted: 'microphone', permissionsDenied: 'recognition' } }
    const [start, ...rest] = flowOf(camera, permissions('microphone', 'recognition'), recognition, denied)
    const messagesOf = (flow: unknown[]): string[] => reported(flow, rule).map((d) => d.message)
    expect(messagesOf([start, ...rest])).toEqual(messagesOf([start, ...rest.reverse()]))
    expect(messagesOf([start, ...rest])[0]).toContain('after permissions node "camera"')
  })

  it('reports any permissions outcome that leads straight to video, denied included', () => {
    const flow = flowOf({ ...permissions('permissions', 'greeting'), outcomes: { permissionsGranted: 'greeting', permissionsDenied: 'recognition' } }, say('greeting', longGreeting, 'recognition'), recognition, denied)
    expect(reported(flow, rule).map((d) => d.nodeId)).toEqual(['recognition'])
  })

  it('does not report a video node with a conversation between it and permissions', () => {
    expect(reported(flowOf(permissions('permissions', 'greeting'), say('greeting', longGreeting, 'recognition'), recognition, denied), rule)).toEqual([])
  })

  it('does not report other nodes straight after permissions', () => {
    const email = { id: 'email', type: 'enter_email', outcomes: { emailEntered: 'end', canceled: 'denied' } }
    expect(reported(flowOf(permissions('permissions', 'email'), email, denied), rule)).toEqual([])
  })
})
