import type { CollectionConfig } from 'payload'

import { admins, adminsFieldLevel } from '../../access/admins'
import { adminsOrSelf } from '../../access/adminsOrSelf'
import { ROLES, isStaffUser } from '../../access/roles'
import { auditDeletion, auditUserChange } from '../../audit/hooks'
import { limitSignInAttempts } from '../../security/loginRateLimit'
import { credentialsField } from '../../workflowGate/fields'
import { guardRoles } from './hooks/guardRoles'
import { keepLastAdmin } from './hooks/keepLastAdmin'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  access: {
    admin: ({ req: { user } }) => isStaffUser(user),
    create: admins,
    delete: admins,
    read: adminsOrSelf,
    // Payload's default lets any staff member unlock any account locked after failed logins.
    unlock: admins,
    update: adminsOrSelf,
  },
  admin: {
    defaultColumns: ['name', 'email', 'roles'],
    group: 'Settings',
    useAsTitle: 'email',
  },
  auth: {
    // No per-account lockout: it revealed which accounts exist and let strangers lock staff out. Sign-ins are limited
    // per address instead (limitSignInAttempts; README "Security and privacy").
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
  },
  fields: [
    { name: 'name', type: 'text', admin: { description: 'Shown to colleagues in review comments and history.' } },
    {
      name: 'roles',
      type: 'select',
      access: { create: adminsFieldLevel, update: adminsFieldLevel },
      admin: {
        description:
          'Editors write content; medical reviewers sign off clinical accuracy; brand managers own the brand guidelines; admins manage users and API clients.',
      },
      defaultValue: ['editor'],
      hasMany: true,
      options: [...ROLES],
      required: true,
      saveToJWT: true,
    },
    credentialsField(),
  ],
  hooks: {
    afterChange: [auditUserChange],
    afterDelete: [auditDeletion],
    beforeOperation: [limitSignInAttempts(), guardRoles, keepLastAdmin],
  },
}
