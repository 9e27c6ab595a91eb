import { describe, expect, it } from 'vitest';
import { isArticleProse, isFurnitureName, isFurnitureRole } from '../../../../shared/ingest/html-article-prose';

describe('isArticleProse', () => {
  it('reads the Debian chapter openings as prose in Chinese and English, links and all', () => {
    expect(isArticleProse('我认为学习一个计算机系统，就像学习一门新的外语。虽然教程和文档是有帮助的，但你必须自己练习。', 0)).toBe(true);
    expect(isArticleProse('别回避面向 Unix 的文档，不要只是依赖于 GNU/Linux 文档，这样做会剥夺你了解许多有用的信息。', 0)).toBe(true);
    // Debian, GNU, Linux, Unix, 多用户, 多任务 are links: 24 of 80 characters.
    expect(isArticleProse('Debian GNU/Linux中最强大的设计来自Unix操作系统，一个多用户多任务的操作系统。你必须学会利用这些特性以及Unix和GNU/Linux的相似性。', 24)).toBe(true);
    expect(isArticleProse("Don't shy away from Unix oriented texts and don't rely solely on GNU/Linux texts.", 0)).toBe(true);
  });

  it('does not read labels, menus or lists of links as prose', () => {
    expect(isArticleProse('目录', 0)).toBe(false);
    expect(isArticleProse('Table of Contents', 0)).toBe(false);
    expect(isArticleProse('Recommended related news from our partners today', 0)).toBe(false);
    expect(isArticleProse('See Section 1.2, “Unix-like filesystem” and Section 1.3.', 40)).toBe(false);
  });
});

describe('isFurnitureName', () => {
  it('names the boxes Readability drops on purpose, and not the DocBook sections', () => {
    expect(isFurnitureName('suggested_reading trendmd_suggestions_heading')).toBe(true);
    expect(isFurnitureName('toc')).toBe(true);
    expect(isFurnitureName('navheader')).toBe(true);
    expect(isFurnitureName('comment-list ')).toBe(true);
    expect(isFurnitureName('modal fade modal_login_panel')).toBe(true);
    expect(isFurnitureName('titlepage')).toBe(false);
    expect(isFurnitureName('section _console_basics')).toBe(false);
  });
});

describe('isFurnitureRole', () => {
  it('names the sign-in dialog of Medical News Today and the landmarks around an article', () => {
    expect(isFurnitureRole('dialog')).toBe(true);
    expect(isFurnitureRole('navigation')).toBe(true);
    expect(isFurnitureRole('main')).toBe(false);
    expect(isFurnitureRole(null)).toBe(false);
  });
});
