/** `programSteps`, `program` and `programs` in the delivery GraphQL (Payload's and the fast endpoint's). */
import type { GraphQLFieldConfig, GraphQLInterfaceType, GraphQLEnumType, GraphQLType } from 'graphql'
import type { PayloadRequest } from 'payload'

import { deliveredContent } from '../../delivery/deliveredContent'
import { FIELD_COST } from '../../graphql/queryCost'
import type { Locale } from '../../taxonomy/locales'
import { MAX_STEP_WINDOW } from '../delivery/stepQuery'
import { runProgramSchedule, runPrograms, runProgramSteps } from './queries'
import type { DeliveryProgram } from '../delivery/types'

type GraphQLLib = typeof import('graphql')
type Context = { req: PayloadRequest }

/** The types the delivery schema already has, shared so the schema holds one of each. */
export interface SharedDeliveryTypes {
  Channel: GraphQLEnumType
  Content: GraphQLInterfaceType
  Locale: GraphQLEnumType
  Stage: GraphQLEnumType
}

const text = (texts: Partial<Record<Locale, string>>, locale: Locale) => texts[locale] ?? texts.en ?? texts.es ?? null

/** A program's public description in one language (never its internal notes). */
export function programSummary(program: DeliveryProgram, locale: Locale, localeFallback: boolean) {
  return {
    anchor: program.anchor,
    conditions: program.conditions,
    id: program.id,
    locale,
    localeFallback,
    name: text(program.name, locale) ?? program.slug,
    segments: program.segments,
    slug: program.slug,
    stages: program.stages,
    summary: text(program.summary, locale),
    tracks: program.tracks.map((track) => ({ description: text(track.description, locale), name: text(track.name, locale) ?? track.slug, slug: track.slug })),
    updatedAt: program.updatedAt,
  }
}

export function programQueries(GraphQL: GraphQLLib, shared: SharedDeliveryTypes): Record<string, GraphQLFieldConfig<unknown, Context, any>> {
  const { GraphQLBoolean, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const nonNull = <T extends GraphQLType>(t: T) => new GraphQLNonNull(t)
  const list = <T extends GraphQLType>(t: T) => new GraphQLList(new GraphQLNonNull(t))
  const { Channel, Content, Locale, Stage } = shared

  const Window = new GraphQLObjectType({ fields: { from: { type: nonNull(GraphQLString) }, to: { type: nonNull(GraphQLString) } }, name: 'ProgramWindow' })
  const place = {
    channel: { type: nonNull(Channel) },
    day: { description: 'Days after day 0 (negative: before it); null in seasonal programs.', type: GraphQLInt },
    dueOn: { description: 'Seasonal programs: the first date asked for that falls in the step\'s window.', type: GraphQLString },
    segment: { description: 'Segment slug whose variant the step serves.', type: GraphQLString },
    step: { description: 'Position in the track, from 0.', type: nonNull(GraphQLInt) },
    track: { description: 'Track slug.', type: nonNull(GraphQLString) },
    trackName: { type: nonNull(GraphQLString) },
  }
  const DueStep = new GraphQLObjectType({ fields: { ...place, item: { type: nonNull(Content) } }, name: 'ProgramDueStep' })
  const SkippedStep = new GraphQLObjectType({
    fields: {
      ...place,
      message: { type: nonNull(GraphQLString) },
      reason: { description: 'no-content, unpublished, deleted, ended, review-lapsed, not-on-channel or no-translation', type: nonNull(GraphQLString) },
    },
    name: 'ProgramSkippedStep',
  })
  const TrackSummary = new GraphQLObjectType({
    fields: { description: { type: GraphQLString }, name: { type: nonNull(GraphQLString) }, slug: { type: nonNull(GraphQLString) } },
    name: 'ProgramTrackSummary',
  })
  const summaryFields = {
    anchor: { description: 'What day 0 means: enrollment, dueDate, birth, discharge, visit or season.', type: nonNull(GraphQLString) },
    conditions: { type: nonNull(list(GraphQLString)) },
    id: { type: nonNull(GraphQLString) },
    locale: { type: nonNull(Locale) },
    localeFallback: { description: 'True when the program is not offered in the language asked and is served in its own.', type: nonNull(GraphQLBoolean) },
    name: { type: nonNull(GraphQLString) },
    segments: { type: nonNull(list(GraphQLString)) },
    slug: { type: nonNull(GraphQLString) },
    stages: { type: nonNull(list(Stage)) },
    summary: { type: GraphQLString },
    tracks: { type: nonNull(list(TrackSummary)) },
    updatedAt: { type: nonNull(GraphQLString) },
  }
  const Program = new GraphQLObjectType({ fields: summaryFields, name: 'DeliveredProgram' })
  const Steps = new GraphQLObjectType({
    fields: {
      program: { type: nonNull(Program) },
      skipped: { description: 'Steps due whose content cannot be served: never sent empty, listed with the reason.', type: nonNull(list(SkippedStep)) },
      steps: { type: nonNull(list(DueStep)) },
    },
    name: 'ProgramSteps',
  })
  const StepContent = new GraphQLObjectType({
    fields: { id: { type: nonNull(GraphQLString) }, slug: { type: GraphQLString }, title: { type: GraphQLString }, type: { type: nonNull(GraphQLString) } },
    name: 'ProgramStepContent',
  })
  const ScheduleStep = new GraphQLObjectType({
    fields: {
      channel: { type: nonNull(Channel) },
      content: { type: StepContent },
      day: { type: GraphQLInt },
      message: { type: GraphQLString },
      reason: { type: GraphQLString },
      segment: { type: GraphQLString },
      status: { description: 'ok or broken', type: nonNull(GraphQLString) },
      step: { type: nonNull(GraphQLInt) },
      window: { type: Window },
    },
    name: 'ProgramScheduleStep',
  })
  const ScheduleTrack = new GraphQLObjectType({
    fields: { description: { type: GraphQLString }, name: { type: nonNull(GraphQLString) }, slug: { type: nonNull(GraphQLString) }, steps: { type: nonNull(list(ScheduleStep)) } },
    name: 'ProgramScheduleTrack',
  })
  const Schedule = new GraphQLObjectType({
    fields: { ...summaryFields, broken: { type: nonNull(GraphQLInt) }, tracks: { type: nonNull(list(ScheduleTrack)) } },
    name: 'ProgramSchedule',
  })

  return {
    program: {
      args: { locale: { type: Locale }, slug: { type: nonNull(GraphQLString) } },
      description: 'A published program\'s whole schedule with each step\'s status, for import into a journey builder.',
      extensions: { complexity: FIELD_COST.deliveredItem },
      resolve: async (_source, args, { req }) => {
        const { integrity, locale, localeFallback, program } = await runProgramSchedule(req, args)
        const summary = programSummary(program, locale, localeFallback)
        return {
          ...summary,
          broken: integrity.broken,
          tracks: program.tracks.map((track, t) => ({
            ...summary.tracks[t]!,
            steps: track.steps.map((step) => {
              const report = integrity.steps.find((s) => s.track === track.slug && s.step === step.index)!
              return { ...report, segment: step.segment }
            }),
          })),
        }
      },
      type: Schedule,
    },
    programSteps: {
      args: {
        channel: { type: Channel },
        date: { description: 'Seasonal programs: a calendar date YYYY-MM-DD (the day of the send, never a date about a person).', type: GraphQLString },
        day: { description: 'The day number your tool computed from the program\'s day 0 (negative: before it).', type: GraphQLInt },
        locale: { type: Locale },
        program: { description: 'Program slug.', type: nonNull(GraphQLString) },
        tracks: { description: 'Track slugs; all tracks when left out.', type: list(GraphQLString) },
        window: { description: `Days from day (or date), 1 to ${MAX_STEP_WINDOW}; default 1.`, type: GraphQLInt },
      },
      description: 'The steps of a published program due on day … day + window − 1 (or dates), with their delivered items; steps that cannot be served are skipped with the reason.',
      extensions: { complexity: FIELD_COST.personalizedContent },
      resolve: async (_source, args, { req }) => {
        const { answer, store } = await runProgramSteps(req, args)
        return {
          program: programSummary(answer.program, answer.locale, answer.localeFallback),
          skipped: answer.skipped,
          steps: answer.due.map(({ item, served, ...place }) => ({ ...place, item: deliveredContent(store, item, served) })),
        }
      },
      type: nonNull(Steps),
    },
    programs: {
      args: { condition: { type: GraphQLString }, locale: { type: Locale }, segment: { type: GraphQLString }, stage: { type: Stage } },
      description: 'Published programs for a coarse audience (stage, segment and condition slugs); untagged programs are for everyone.',
      extensions: { complexity: FIELD_COST.personalizedContent },
      resolve: async (_source, args, { req }) => {
        const programs = await runPrograms(req, args)
        const locale: Locale = args.locale ?? 'en'
        return programs.map((program) => {
          const offered = program.name[locale]
          return programSummary(program, offered ? locale : program.name.en ? 'en' : 'es', !offered)
        })
      },
      type: nonNull(list(Program)),
    },
  }
}
