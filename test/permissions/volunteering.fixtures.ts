import { localDate } from '../../src/lib/time.ts';
import { createBeneficiary } from '../factories.ts';
import type { TestUser } from '../helpers.ts';
import { anyStaff, unique } from './runner.ts';
import { created, type World } from './world.ts';

// What the volunteering tables act on (people, volunteers, offers, applications) and who may.

/** Today in Warsaw, for hours logged today. */
export const today = () => localDate(new Date(), 'Europe/Warsaw');

/** An individual, represented by the member ('member') or by a user no row is about ('other'). */
export const person = async (world: World, by: 'member' | 'other') =>
  (
    await createBeneficiary(world.ctx, {
      kind: 'individual',
      name: `Łucja Wolontariuszka ${unique()}`,
      representatives: [by === 'member' ? world.users.member : ({ id: world.otherUserId } as TestUser)],
    })
  ).id;
export const volunteer = async (world: World, by: 'member' | 'other') =>
  (
    await created(world, world.users.admin, '/api/volunteers', {
      beneficiaryId: await person(world, by),
      skills: ['translation'],
    })
  ).id as string;
/** An offer of the member's organization at the first centre. */
export const offer = async (world: World) =>
  (
    await created(world, world.users.admin, '/api/volunteer-offers', {
      organizationId: world.beneficiaryId,
      centerId: world.centerId,
      title: `Tłumaczenia ulotek ${unique()}`,
      skills: ['translation'],
      volunteersNeeded: 3,
    })
  ).id as string;
/** Another person's application to the member's organization's offer. */
export async function application(world: World, status: 'applied' | 'accepted' = 'applied') {
  const offerId = await offer(world);
  const { id } = await created(world, world.users.admin, `/api/volunteer-offers/${offerId}/applications`, {
    volunteerId: await volunteer(world, 'other'),
  });
  if (status === 'accepted') await created(world, world.users.admin, `/api/applications/${id}/accept`);
  return id as string;
}

/** Who acts on a volunteer's profile: any staff (the registry is the network's) and its representative. */
export const volunteerSide = (status: number) => anyStaff(status, { member: status });
/**
 * Who acts on an offer and its applications: staff and the organization's representatives (the
 * member, and the staff representative as its representative); rows about a centre's own offers
 * set the coordinator of another centre apart (403 or 404).
 */
export const organizationSide = (status: number) =>
  anyStaff(status, { member: status, staffRepresentative: status });
