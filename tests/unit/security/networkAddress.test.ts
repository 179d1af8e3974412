import { classifyAddress, classifyHostName } from '@/security/networkAddress'

describe('network address classes', () => {
  it.each([
    ['127.0.0.1', 'loopback'], ['127.8.9.10', 'loopback'], ['::1', 'loopback'], ['[::1]', 'loopback'],
    ['10.0.0.1', 'private'], ['172.31.255.255', 'private'], ['192.168.0.1', 'private'], ['fd00::1', 'private'], ['fc00::1', 'private'],
    ['169.254.169.254', 'metadata'], ['169.254.1.1', 'link-local'], ['fe80::1', 'link-local'],
    ['100.64.0.1', 'cgnat'], ['100.127.255.255', 'cgnat'],
    ['224.0.0.1', 'multicast'], ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'], ['::', 'unspecified'],
    ['::ffff:127.0.0.1', 'loopback'], ['::ffff:7f00:1', 'loopback'], ['::ffff:a9fe:a9fe', 'metadata'], ['::ffff:10.0.0.1', 'private'], ['64:ff9b::a00:1', 'private'],
    ['fd00:ec2::254', 'private'], ['255.255.255.255', 'reserved'], ['2001:db8::1', 'reserved'],
    ['93.184.215.14', 'public'], ['172.32.0.1', 'public'], ['100.128.0.1', 'public'], ['2606:4700::1111', 'public'], ['::ffff:8.8.8.8', 'public'],
  ])('%s is %s', (ip, kind) => {
    expect(classifyAddress(ip)).toBe(kind)
  })

  it('leaves host names to DNS, except localhost and metadata names', () => {
    expect(classifyAddress('crm.example.org')).toBeUndefined()
    expect(classifyHostName('crm.example.org')).toBeUndefined()
    expect(classifyHostName('LOCALHOST')).toBe('loopback')
    expect(classifyHostName('app.localhost.')).toBe('loopback')
    expect(classifyHostName('metadata.google.internal')).toBe('metadata')
  })
})
