/**
 * The teaching texts follow the task and model on screen: a regression's panels speak of its
 * linear output and squared error (never of softmax or logits), the MNIST MLP's of dense
 * layers (never of convolutions), the CNN's formulas of convolutions and pooling; the
 * sidebar's help gives each task's own sensible sizes.
 */
import { expect, test } from './lab-page';

test('phase texts and sidebar help are those of the task and model on screen', async ({ lab }) => {
  await lab.goto({ task: 'regress1d' });
  await lab.waitReady();
  await lab.nextPhase('initialization');
  await lab.nextPhase('data');
  await lab.nextPhase('forward');
  const forward = lab.phasePanel('forward');
  await expect(forward.getByLabel('Formula')).toContainText('ŷ = h_L·W_out + b_out');
  // The whole panel, the view of the computed pass and its explanation.
  await expect(forward).not.toContainText(/softmax|logit|one-?hot|probabilit/i);
  await forward.screenshot({ path: test.info().outputPath('regression-forward.png') });
  await lab.showPhase('Backward pass');
  await expect(lab.phasePanel('backward').getByLabel('Formula')).toContainText(
    '∂L/∂ŷ = 2(ŷ − y) / B',
  );
  await expect(lab.phasePanel('backward')).not.toContainText(/onehot|softmax/i);
  await expect(lab.page.locator('#field-units-help')).toContainText('8–32');
  await expect(lab.page.locator('#field-task-help')).toContainText('Curve fitting');
  await expect(lab.page.locator('#field-task-help')).not.toContainText(/digits|CSV/);

  await lab.setField('Task', 'mnist');
  await lab.waitReady();
  await lab.showPhase('Forward pass');
  await expect(lab.phasePanel('forward').getByLabel('Formula')).toContainText('784 pixels');
  await expect(lab.phasePanel('forward')).not.toContainText(/convolution|pool|filter/i);
  await expect(lab.page.locator('#field-units-help')).toContainText('64–256');
  await expect(lab.page.locator('#field-hiddenLayers-help')).not.toContainText('patterns');

  await lab.setField('Model', 'cnn');
  await lab.waitReady();
  await expect(lab.page.getByTestId('model-summary')).toContainText('5,994');
  await lab.showPhase('Forward pass');
  await expect(lab.phasePanel('forward').getByLabel('Formula')).toContainText('max pool 2 × 2');
  await expect(lab.phasePanel('forward').getByLabel('Formula')).toContainText('W[u,v,c′,c]');
  expect(lab.errors).toEqual([]);
});
