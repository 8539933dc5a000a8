import { categoryPaths, categoryTree, checkCategoryParent } from '../../../src/services/catalog/categories.js';
import { InvalidInput, NotFound } from '../../../src/services/errors.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const make = (name: string, parentId: number | null = null, position = 0) =>
  db.prisma.category.create({ data: { name, handle: `${name.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}`, parentId, position } });

test('paths run from the top, and the tree lists parents before children, siblings by position', async () => {
  const women = await make('Women', null, 1);
  const men = await make('Men', null, 0);
  const shoes = await make('Shoes', men.id, 1);
  const shirts = await make('Shirts', men.id, 0);
  const running = await make('Running', shoes.id);
  const tree = await categoryTree(db.prisma);
  expect(tree.map((c) => c.path)).toEqual(['Men', 'Men › Shirts', 'Men › Shoes', 'Men › Shoes › Running', 'Women']);
  expect(tree.find((c) => c.id === running.id)?.depth).toBe(2);
  const paths = await categoryPaths(db.prisma, [running.id, shirts.id, women.id]);
  expect(Object.fromEntries(paths)).toEqual({ [running.id]: 'Men › Shoes › Running', [shirts.id]: 'Men › Shirts', [women.id]: 'Women' });
});

test('a category cannot be its own parent nor move under one of its subcategories; other moves are allowed', async () => {
  const home = await make('Home');
  const kitchen = await make('Kitchen', home.id);
  const knives = await make('Knives', kitchen.id);
  const garden = await make('Garden');
  await expect(checkCategoryParent(db.prisma, home.id, home.id)).rejects.toThrow(new InvalidInput('A category cannot be its own parent.'));
  await expect(checkCategoryParent(db.prisma, home.id, knives.id)).rejects.toThrow('"Knives" is inside "Home": a category cannot move under one of its own subcategories.');
  await expect(checkCategoryParent(db.prisma, home.id, kitchen.id)).rejects.toThrow(InvalidInput);
  await expect(checkCategoryParent(db.prisma, home.id, 999_999)).rejects.toThrow(NotFound);
  await expect(checkCategoryParent(db.prisma, knives.id, garden.id)).resolves.toBeUndefined();
  await expect(checkCategoryParent(db.prisma, kitchen.id, null)).resolves.toBeUndefined();
  await expect(checkCategoryParent(db.prisma, null, knives.id)).resolves.toBeUndefined();
});
